"""`Tensor.repeat_interleave(n)` (or `torch.repeat_interleave`) repeats each element `n` times
like `np.repeat`. Without a dimension both flatten first; with one they repeat whole slices
along it.
"""
# /// pair
# title = "Repeating each element: np.repeat and repeat_interleave"
# expect = "equal"
# order = 18
# numpy_call = "np.repeat(a, 2, axis=1)"
# torch_call = "t.repeat_interleave(2, dim=1)"
# ///
import numpy as np

a = np.array([[0, 1, 2], [3, 4, 5]])
flat = np.repeat(a, 2)
along_cols = np.repeat(a, 2, axis=1)
print(flat)
print(along_cols)
result = (flat, along_cols)
