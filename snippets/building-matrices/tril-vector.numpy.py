"""Given a 1-D array, `np.tril` broadcasts it against a square mask and returns an n×n matrix whose
row `i` holds the first `i + 1` elements. `torch.tril` refuses anything below two dimensions with
{{building-matrices/tril-vector torch.error}} (its message is in the traceback below). Expand the
vector into rows first, as in [the faithful translation](#tril-vector-rows).
"""
# /// pair
# title = "tril of a vector: NumPy makes a matrix, PyTorch raises"
# expect = "differs"
# difference = "torch.tril needs at least 2 dimensions"
# order = 12
# see = ["building-matrices/tril-vector-rows"]
# fix = "building-matrices/tril-vector-rows"
# numpy_call = "np.tril(v)"
# torch_call = "torch.tril(v)  # RuntimeError"
# ///
import numpy as np

v = np.array([1, 2, 3])
result = np.tril(v)
print(result)
