"""True division `/` of two integer arrays always gives floats, on both sides; the float differs.
NumPy returns float64, PyTorch its default dtype, float32, so 1/3 carries about 7 digits
instead of 16. The values agree within the default tolerance here; the dtypes do not. Convert
one operand to float64 first, as in [the faithful translation](#int-divide-int-float64).
"""
# /// pair
# title = "Integer / integer: float64 in NumPy, float32 in PyTorch"
# expect = "differs"
# difference = "int tensor / int tensor gives float32, not float64"
# same_dtype = true
# order = 18
# see = ["promotion/int-divide-int-float64"]
# fix = "promotion/int-divide-int-float64"
# numpy_call = "a / b"
# torch_call = "a / b"
# ///
import numpy as np

a = np.array([1, 2, 7])
b = np.array([3, 3, 3])
result = a / b
print(result, result.dtype)
