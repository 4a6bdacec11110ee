"""Summing the same ten million float32 copies of 0.1 gives 1000000.1 in NumPy and 999999.56 in
PyTorch: both results are float32, but the libraries add the elements in different orders, and each
order rounds differently. (Adding them strictly one after another drifts much further: the last
element of NumPy's `cumsum`, which accumulates in order, is 1087937.) The exact sum of these
float32 values is 1000000.0149. The difference is in the seventh significant digit, inside the
catalog's default tolerance but enough to fail an exact or tight comparison of a port; this pair
compares exactly. Accumulate in float64 for sums that must agree, as in [the faithful
translation](#float32-sum-float64).
"""
# /// pair
# title = "Summing ten million float32 values: the last digits differ"
# expect = "differs"
# difference = "NumPy and PyTorch add float32 values in different orders and round differently"
# see = ["reductions/float32-sum-float64"]
# fix = "reductions/float32-sum-float64"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 1
# numpy_call = "x.sum()  # float32"
# torch_call = "x.sum()  # float32"
# ///
import numpy as np

x = np.full(10_000_000, 0.1, dtype=np.float32)
result = x.sum()
print(result, result.dtype)
print(np.cumsum(x)[-1])
