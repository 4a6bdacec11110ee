"""An index given as an array (a tensor in PyTorch) is unambiguous in both libraries: its shape
replaces the indexed dimension, so a 2×2 array of row numbers gives a (2, 2, 4) result.
"""
# /// pair
# title = "Indexing with a nested index array"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "a[np.array([[0, 1], [1, 2]])]"
# torch_call = "t[torch.tensor([[0, 1], [1, 2]])]"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
result = a[np.array([[0, 1], [1, 2]])]
print(result.shape)
