"""`np.fromfunction(f, shape)` calls `f` once with one index grid per dimension. PyTorch has no
`fromfunction`; the same grids come from `torch.meshgrid` over `torch.arange`, with
`indexing="ij"`. Note that NumPy's grids are float64 unless `dtype=` says otherwise, so the
PyTorch grids are built as float64 too.
"""
# /// pair
# title = "A matrix from its indices: np.fromfunction"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.fromfunction(f, (3, 4))"
# torch_call = "f(*torch.meshgrid(torch.arange(3.), torch.arange(4.), indexing=\"ij\"))"
# ///
import numpy as np


def f(i, j):
    return 10 * i + j


result = np.fromfunction(f, (3, 4))
print(result)
