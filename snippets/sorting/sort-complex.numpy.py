"""`np.sort_complex` sorts by real part, then by imaginary part. `torch.sort` refuses complex input
on the CPU (`RuntimeError: Sort does not support complex dtypes on CPU`); sort by the two parts with
chained stable sorts, as for [lexsort](#lexsort).
"""
# /// pair
# title = "Sorting complex numbers: np.sort_complex"
# expect = "equal"
# same_dtype = true
# order = 29
# numpy_call = "np.sort_complex(z)"
# torch_call = "o = torch.argsort(z.imag, stable=True); z[o][torch.argsort(z.real[o], stable=True)]"
# ///
import numpy as np

z = np.array([1 + 2j, 0 + 5j, 1 - 1j, -2 + 0j, 0 + 1j])
result = np.sort_complex(z)
print(result)
