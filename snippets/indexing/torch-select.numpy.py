"""Despite its name, `torch.select(t, dim, index)` has nothing to do with `np.select`: it picks
one index along one dimension and drops that dimension, like `a[:, 2]` or
`np.take(a, 2, axis=1)`. The result is a view, as a basic slice is.
"""
# /// pair
# title = "torch.select is plain indexing along one dimension"
# expect = "equal"
# order = 21
# numpy_call = "a[:, 2]"
# torch_call = "torch.select(t, 1, 2)"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
column = a[:, 2]
column[0] = -1
print(column)
result = (column, a)
