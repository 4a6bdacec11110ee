"""Without an axis, `argmax` of a 2-D array returns an index into the flattened array in both
libraries. NumPy's `np.unravel_index` turns it into row and column; for a 2-D tensor, floor division
and remainder by the number of columns do the same (`torch.unravel_index` also exists).
"""
# /// pair
# title = "argmax without an axis: a flat index"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.unravel_index(np.argmax(m), m.shape)"
# torch_call = "(torch.argmax(m) // m.shape[1], torch.argmax(m) % m.shape[1])"
# ///
import numpy as np

m = np.array([[4, 1, 7], [9, 2, 3]])
flat = np.argmax(m)
row, col = np.unravel_index(flat, m.shape)
print(flat, row, col)
result = (flat, row, col)
