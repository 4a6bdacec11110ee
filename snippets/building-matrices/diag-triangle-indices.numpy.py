"""`np.diag_indices(n)` and `np.diag_indices_from(a)` are two copies of `arange(n)`; in PyTorch
write `(torch.arange(n),) * 2`. `np.triu_indices(n, k)` and the `_from` forms are
`torch.triu_indices(rows, cols, offset)` and `torch.tril_indices`, which return one 2×N tensor:
unpack it into rows and columns. `np.mask_indices(n, np.triu, k)` gives the same indices as
`np.triu_indices(n, k)`.
"""
# /// pair
# title = "Index arrays for diagonals and triangles"
# expect = "equal"
# same_dtype = true
# order = 23
# numpy_call = "np.triu_indices(3, k=1)"
# torch_call = "torch.triu_indices(3, 3, offset=1)"
# ///
import numpy as np

a = np.arange(9).reshape(3, 3)
result = {
    "diag_indices": np.diag_indices(3),
    "diag_indices_from": a[np.diag_indices_from(a)],
    "triu_indices": np.triu_indices(3, k=1),
    "triu_indices_from": a[np.triu_indices_from(a)],
    "tril_indices_from": a[np.tril_indices_from(a, k=-1)],
    "mask_indices": np.mask_indices(3, np.triu, 1),
}
print(result)
