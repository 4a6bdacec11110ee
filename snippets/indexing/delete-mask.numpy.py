"""A mask that is `True` everywhere except at the positions to delete selects what `np.delete` keeps,
in the same order; indexing the chosen dimension with it deletes rows or columns. The result is a
copy in both libraries.
"""
# /// pair
# title = "Deleting positions: a boolean mask"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.delete(m, 1, axis=0)"
# torch_call = "keep = torch.ones(len(m), dtype=torch.bool); keep[1] = False; m[keep]"
# ///
import numpy as np

a = np.array([10, 20, 30, 40, 50])
m = np.arange(12).reshape(3, 4)
result = (np.delete(a, [1, 3]), np.delete(m, 1, axis=0), np.delete(m, [0, 3], axis=1))
print(result)
