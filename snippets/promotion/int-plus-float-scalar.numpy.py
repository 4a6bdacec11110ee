"""An integer array plus a Python float becomes floating point on both sides, but not the same
floating point: NumPy picks float64, PyTorch picks its default dtype, float32. The values agree
here; the dtype does not, and float32 carries only about 7 significant digits (see
[the precision pair](#int-times-float-precision)). Convert to float64 explicitly when NumPy's
precision matters, as in [the faithful translation](#int-to-float64-first).
"""
# /// pair
# title = "Integer array plus a Python float: float64 in NumPy, float32 in PyTorch"
# expect = "differs"
# difference = "int tensor + Python float gives float32 (the default dtype), not float64"
# same_dtype = true
# order = 1
# see = ["promotion/int-to-float64-first"]
# fix = "promotion/int-to-float64-first"
# numpy_call = "a + 0.5"
# torch_call = "t + 0.5"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = a + 0.5
print(result, result.dtype)
