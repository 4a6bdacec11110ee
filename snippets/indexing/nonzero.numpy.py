"""`np.nonzero` returns a tuple with one index array per dimension. `torch.nonzero` by default
returns a single 2-D tensor with one row per nonzero element and one column per dimension:
shape `(3, 2)` here instead of two arrays of length 3. Code that unpacks
`rows, cols = nonzero(...)` or indexes with the result breaks; pass
[`as_tuple=True`](#nonzero-as-tuple).
"""
# /// pair
# title = "np.nonzero and torch.nonzero return different shapes"
# expect = "differs"
# difference = "torch.nonzero returns one (n, ndim) tensor, not a tuple"
# order = 26
# see = ["indexing/nonzero-as-tuple"]
# fix = "indexing/nonzero-as-tuple"
# numpy_call = "np.nonzero(a)"
# torch_call = "torch.nonzero(t)"
# ///
import numpy as np

a = np.array([[0, 3, 0], [5, 0, 6]])
result = np.nonzero(a)
print(result)
