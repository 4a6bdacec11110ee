"""With an explicit `.copy()` after `np.flip`, the NumPy code no longer depends on the view, and
`torch.flip` (which always copies) is a faithful translation. It is also the translation of
[`a[::-1]`](indexing.md#negative-step), which PyTorch does not accept.
"""
# /// pair
# title = "Reversing into a new array: np.flip(a).copy() and torch.flip"
# expect = "equal"
# order = 15
# numpy_call = "np.flip(a).copy()"
# torch_call = "torch.flip(a, dims=[0])"
# ///
import numpy as np

a = np.arange(4)
r = np.flip(a).copy()
r[0] = 100
result = (a, r)
print(a, r)
