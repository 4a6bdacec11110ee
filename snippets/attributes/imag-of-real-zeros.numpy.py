"""Taking `.imag` only from complex tensors and `torch.zeros_like(t)` otherwise reproduces NumPy's
`.imag` for both kinds of input, with the dtype of the real part in each case.
"""
# /// pair
# title = "The imaginary part of any tensor: zeros_like for real dtypes"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "real.imag"
# torch_call = "real.imag if real.is_complex() else torch.zeros_like(real)"
# ///
import numpy as np

real = np.array([1.5, -2.0, 3.0])
complex_ = np.array([1 + 2j, 3 - 1j])
result = (real.imag, complex_.imag)
print(result)
