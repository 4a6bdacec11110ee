"""With `dtype=torch.complex128` (or Python's `complex`), the tensor holds the Python complex numbers
in two float64 parts, as NumPy's array does, and its `.real` part is float64.
"""
# /// pair
# title = "Python complex numbers: dtype=torch.complex128"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.array([1 + 2j, 0.1 - 3j])"
# torch_call = "torch.tensor([1 + 2j, 0.1 - 3j], dtype=torch.complex128)"
# ///
import numpy as np

result = np.array([1 + 2j, 0.1 - 3j])
print(result.dtype, result.real.dtype)
