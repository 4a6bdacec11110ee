"""`shape` is an attribute in both libraries. PyTorch returns a `torch.Size`, which is a subclass
of `tuple`: it indexes, unpacks and compares with a plain tuple exactly as NumPy's shape does.
"""
# /// pair
# title = "The shape attribute"
# expect = "equal"
# order = 1
# numpy_call = "a.shape"
# torch_call = "t.shape"
# ///
import numpy as np

a = np.zeros((2, 3, 4))
rows, cols, depth = a.shape
print(a.shape, type(a.shape).__name__)
print(a.shape == (2, 3, 4), rows, cols, depth)
result = a.shape
