"""`np.flatnonzero(x)` gives the indices of non-zero elements in the flattened array:
`torch.flatten(x).nonzero().flatten()` (or `torch.nonzero(x.flatten()).squeeze(1)`).
`np.extract(cond, x)` is `x[cond]` or `torch.masked_select(x, cond)`. `np.compress(cond, x, axis)`
and the method `x.compress(cond, axis)` keep the slices where a 1-D condition holds: index with
the boolean tensor along that dimension, or use `torch.index_select` with `cond.nonzero()`.
"""
# /// pair
# title = "Selecting by condition: flatnonzero, extract, compress"
# expect = "equal"
# same_dtype = true
# order = 31
# numpy_call = "np.flatnonzero(x)"
# torch_call = "torch.flatten(x).nonzero().flatten()"
# ///
import numpy as np

x = np.array([[0, 3, 0], [5, 0, 7]])
keep = np.array([True, False, True])
result = {
    "flatnonzero": np.flatnonzero(x),
    "extract": np.extract(x > 2, x),
    "compress": np.compress(keep, x, axis=1),
    "compress_method": x.compress([False, True], axis=0),
}
print(result)
