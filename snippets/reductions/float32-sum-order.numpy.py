"""Summing the same ten million float32 copies of 0.1 gives a different float32 sum in NumPy and in
PyTorch (each side prints its own): the libraries add the elements in different orders, NumPy
pairwise in blocks, PyTorch in chunks split over its threads, and each order rounds differently.
PyTorch's sum even changes with the number of threads that compute it, so no digits of it are stated
here: where `make bench` has run, this page says whether the result changed between one thread and
every core of the machine that built it. Adding the elements strictly one after another drifts much
further (the NumPy side prints the last element of its `cumsum`). The exact sum of these float32
values is {{reductions/float32-sum-float64 numpy.result:.4f}}. The sums agree to about float32's
precision, which the catalog's default tolerance accepts, but an exact or tight comparison of a port
fails; this pair compares exactly. Accumulate in float64 for sums that must agree, as in
[the faithful translation](#float32-sum-float64).
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
