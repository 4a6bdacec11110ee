"""Rounding functions applied to integers leave them integers in both: with NumPy 2.4, `np.floor`,
`np.ceil`, `np.trunc` and `np.round` of an int64 array return int64, as PyTorch does. No conversion
to floating point happens on either side.
"""
# /// pair
# title = "floor and round of integers keep the integer dtype"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.floor(a)"
# torch_call = "torch.floor(a)"
# ///
import numpy as np

a = np.array([-3, 0, 7])
result = {"floor": np.floor(a), "ceil": np.ceil(a), "trunc": np.trunc(a), "round": np.round(a)}
print(result)
