"""`np.take_along_axis` picks one element per position along an axis, with an index of the same number
of dimensions, typically from `argsort`. Its translation is `torch.take_along_dim(t, idx, dim)`,
with NumPy's argument order and NumPy's rules: the index broadcasts against the input (a single row
of indices serves every row) and negative indices count from the end. The pair shows all three
uses. `torch.gather(t, dim, idx)` looks like the same function but is not: it does not broadcast
its index ([gather without broadcasting](#gather-no-broadcast)) and rejects negative indices
([gather with a negative index](#gather-negative-index)).
"""
# /// pair
# title = "np.take_along_axis and torch.take_along_dim"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.take_along_axis(a, idx, axis=1)"
# torch_call = "torch.take_along_dim(t, idx, dim=1)"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
idx = np.argsort(a, axis=1)
result = (
    np.take_along_axis(a, idx, axis=1),
    np.take_along_axis(a, np.array([[2, 0]]), axis=1),
    np.take_along_axis(a, np.array([[-1]]), axis=1),
)
print(idx)
print(result)
