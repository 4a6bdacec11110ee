"""`np.conj(z)` and `z.conj()` compute a new array. In PyTorch, `z.conj()` of a complex tensor only
sets a "conjugate" flag on a view of the same memory (`is_conj()` is `True`), so a later write to
`z` shows up in `c` too: here `c[0]` becomes `5-5j` on the PyTorch side and stays `1-2j` in NumPy.
The flag also blocks `.numpy()` until it is resolved. Take a real copy with `torch.conj_physical`,
as in [the faithful translation](#conj-physical).
"""
# /// pair
# title = "conj: a copy in NumPy, a lazy view in PyTorch"
# expect = "differs"
# difference = "Tensor.conj() returns a view that follows later writes to the original"
# see = ["views/conj-physical"]
# fix = "views/conj-physical"
# order = 15
# numpy_call = "c = z.conj()"
# torch_call = "c = z.conj()"
# ///
import numpy as np

z = np.array([1 + 2j, 3 - 1j])
c = z.conj()
z[0] = 5 + 5j
result = c
print(result)
