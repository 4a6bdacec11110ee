"""With the offset given as `diagonal=` (or positionally), `torch.diag` matches `np.diag` in both
directions: a vector placed above or below the main diagonal grows the matrix by the offset, and
a matrix gives back the diagonal at that offset.
"""
# /// pair
# title = "Diagonal offset: torch.diag(v, diagonal=k)"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.diag(v, k=1)"
# torch_call = "torch.diag(v, diagonal=1)"
# ///
import numpy as np

v = np.array([1, 2, 3])
above = np.diag(v, k=1)
below = np.diag(v, -1)
back = np.diag(above, k=1)
print(above)
print(back)
result = (above, below, back)
