"""`v.expand(n, n)` repeats the vector as every row of an n×n view without copying, and `tril` of
that is what NumPy's broadcasting computed. The result of `tril` is a new tensor, so it is safe
to modify.
"""
# /// pair
# title = "tril of a vector: expand it into rows first"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.tril(v)"
# torch_call = "v.expand(len(v), len(v)).tril()"
# ///
import numpy as np

v = np.array([1, 2, 3])
result = np.tril(v)
print(result)
