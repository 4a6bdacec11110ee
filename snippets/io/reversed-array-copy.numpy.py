"""`np.ascontiguousarray` (or `.copy()`) lays the reversed values out in a fresh buffer with
positive strides, which any tensor constructor accepts. Alternatively convert first and reverse in
PyTorch with `torch.flip`.
"""
# /// pair
# title = "A reversed array: make it contiguous before converting"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.ascontiguousarray(a[::-1])"
# torch_call = "torch.from_numpy(np.ascontiguousarray(a[::-1]))"
# ///
import numpy as np

a = np.arange(5)
r = a[::-1]
print(r.strides)
result = np.ascontiguousarray(r)
print(result.strides)
print(result)
