"""Python complex numbers follow the same rule as floats: NumPy stores them as complex128 (two
float64 parts), `torch.tensor` as complex64 (two float32 parts). Pass `dtype=torch.complex128`,
or Python's `complex`, as in [the faithful translation](#complex-128).
"""
# /// pair
# title = "Python complex numbers: complex128 vs complex64"
# expect = "differs"
# difference = "torch.tensor stores Python complex numbers as complex64"
# same_dtype = true
# order = 11
# see = ["dtypes/complex-128"]
# fix = "dtypes/complex-128"
# numpy_call = "np.array([1 + 2j])"
# torch_call = "torch.tensor([1 + 2j])"
# ///
import numpy as np

result = np.array([1 + 2j, 0.1 - 3j])
print(result.dtype, result.real.dtype)
