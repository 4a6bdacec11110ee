"""`ndarray.flatten()` always returns a copy. `Tensor.flatten()` returns a view whenever the
input's layout allows it (a contiguous tensor, as here), so a write to the flattened result
changes the original matrix. NumPy code that flattens and then edits the copy needs `.clone()`
in PyTorch, as in [the faithful translation](#flatten-clone).
"""
# /// pair
# title = "flatten: always a copy in NumPy, often a view in PyTorch"
# expect = "differs"
# difference = "Tensor.flatten() returns a view of a contiguous tensor; writes reach the original"
# order = 10
# see = ["views/flatten-clone"]
# fix = "views/flatten-clone"
# numpy_call = "a.flatten()"
# torch_call = "a.flatten()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
flat = a.flatten()
flat[0] = 100
result = a
print(result)
