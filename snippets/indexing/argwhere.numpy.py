"""The `(n, ndim)` layout that `torch.nonzero` returns by default is NumPy's `np.argwhere`.
`torch.argwhere` exists too and gives the same result.
"""
# /// pair
# title = "One row per nonzero element: np.argwhere"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "np.argwhere(a)"
# torch_call = "torch.nonzero(t)"
# ///
import numpy as np

a = np.array([[0, 3, 0], [5, 0, 6]])
result = np.argwhere(a)
print(result)
