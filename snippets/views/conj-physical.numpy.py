"""`torch.conj_physical(z)` computes the conjugate into new memory (`z.conj().resolve_conj()` does the
same), so a later write to `z` leaves it alone, as NumPy's `conj` does, and `.numpy()` works on it
directly.
"""
# /// pair
# title = "conj as a copy: torch.conj_physical"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "c = z.conj()"
# torch_call = "c = torch.conj_physical(z)"
# ///
import numpy as np

z = np.array([1 + 2j, 3 - 1j])
c = z.conj()
z[0] = 5 + 5j
result = c
print(result)
