"""NumPy 2.0's `np.vecdot` and 2.2's `np.matvec` and `np.vecmat` are ufuncs over stacks: `vecdot`
is the dot product along the last axis, conjugating the first argument (so `vecdot(z, z)` is the
squared norm), which `torch.linalg.vecdot` also does. PyTorch has no `matvec` or `vecmat`;
`np.matvec(A, v)` is `(A @ v.unsqueeze(-1)).squeeze(-1)` and `np.vecmat(v, A)` is
`(v.conj().unsqueeze(-2) @ A).squeeze(-2)` (note the conjugate), or the matching `torch.einsum`.
"""
# /// pair
# title = "Batched vector products: np.vecdot, np.matvec, np.vecmat"
# expect = "equal"
# requires = {numpy = ">=2.2"}
# same_dtype = true
# order = 34
# numpy_call = "np.matvec(A, v)"
# torch_call = "(A @ v.unsqueeze(-1)).squeeze(-1)"
# ///
import numpy as np

A = np.arange(12.0).reshape(2, 2, 3)
v = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])
z = np.array([1 + 2j, 3 - 1j])
result = {
    "vecdot": np.vecdot(v, v),
    "vecdot_complex": np.vecdot(z, z),
    "matvec": np.matvec(A, v),
    "vecmat": np.vecmat(v[:, :2], A),
}
print(result)
