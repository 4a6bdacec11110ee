"""Dividing integers with `/` gives floating point in both libraries, but not the same floating
point: NumPy returns float64, PyTorch returns its default dtype, float32. The values match to
about seven digits, so the change goes unnoticed until precision matters. Convert first with
`.double()`, as in [the faithful translation](#int-true-division-float64).
"""
# /// pair
# title = "Integer / integer: float64 in NumPy, float32 in PyTorch"
# expect = "differs"
# difference = "int / int gives float32 in torch"
# same_dtype = true
# order = 12
# see = ["dtypes/int-true-division-float64"]
# numpy_call = "counts / 3"
# torch_call = "counts / 3"
# ///
import numpy as np

counts = np.array([1, 2, 10])
result = counts / 3
print(result, result.dtype)
