"""Unsigned input is where the two part ways: NumPy sums uint8 into uint64, PyTorch into int64. The
value is the same; the dtype is not, which matters when the result meets other arrays or is
compared with `same_dtype`. [The faithful translation](#sum-uint8-cast) converts.
"""
# /// pair
# title = "sum of uint8: uint64 in NumPy, int64 in PyTorch"
# expect = "differs"
# difference = "torch sums uint8 into int64, NumPy into uint64"
# same_dtype = true
# order = 2
# see = ["reductions/sum-uint8-cast"]
# fix = "reductions/sum-uint8-cast"
# numpy_call = "a.sum()"
# torch_call = "a.sum()"
# ///
import numpy as np

a = np.array([200, 100, 50], dtype=np.uint8)
result = a.sum()
print(result, result.dtype)
