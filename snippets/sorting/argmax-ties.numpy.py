"""When the maximum or minimum occurs more than once, both `argmax` and `argmin` return the first
occurrence, in NumPy and in PyTorch alike, and both return int64 indices.
"""
# /// pair
# title = "argmax and argmin with ties: the first occurrence"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.argmax(a)"
# torch_call = "torch.argmax(a)"
# ///
import numpy as np

a = np.array([1, 9, 0, 9, 0])
result = (np.argmax(a), np.argmin(a))
print(result)
