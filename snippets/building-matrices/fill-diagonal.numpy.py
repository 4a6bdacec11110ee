"""`np.fill_diagonal(M, value)` writes in place and returns `None`; PyTorch's counterpart is the
in-place method `M.fill_diagonal_(value)`, which also has `wrap`. With `wrap=True` on a tall
matrix both restart the diagonal after a skipped row, as the 5×3 example shows.
"""
# /// pair
# title = "Setting the diagonal in place: fill_diagonal"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.fill_diagonal(M, 7, wrap=True)"
# torch_call = "M.fill_diagonal_(7, wrap=True)"
# ///
import numpy as np

M = np.zeros((5, 3))
np.fill_diagonal(M, 7, wrap=True)
print(M)
result = M
