"""`.argsort()` and `.nonzero()` exist as tensor methods, `.searchsorted()` does not: write
`torch.searchsorted(s, v)`, the sorted tensor first (`s.searchsorted(v)` raises `AttributeError`).
`Tensor.nonzero()` returns one (N, ndim) tensor; pass `as_tuple=True` to get NumPy's tuple of index
arrays. `Tensor.argsort` is not stable by default; `stable=True` matches NumPy's `kind="stable"`.
"""
# /// pair
# title = "Searching methods: searchsorted, argsort, nonzero"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "s.searchsorted(v)"
# torch_call = "torch.searchsorted(s, v)"
# ///
import numpy as np

s = np.array([1, 3, 5, 7])
x = np.array([[0, 4], [2, 0]])
v = np.array([3, 1, 3, 2])
result = {
    "searchsorted": s.searchsorted(np.array([0, 3, 6, 9])),
    "argsort": v.argsort(kind="stable"),
    "nonzero": x.nonzero(),
}
print(result)
