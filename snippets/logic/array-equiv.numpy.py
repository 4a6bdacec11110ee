"""`np.array_equiv(a, b)` is `True` when the two arrays are equal once broadcast to a common shape,
and `False` (not an error) when they cannot be broadcast. PyTorch has no single function: broadcast
with `torch.broadcast_tensors` inside a `try` and compare with `torch.equal`.
"""
# /// pair
# title = "Equal after broadcasting: np.array_equiv"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.array_equiv(row, grid)"
# torch_call = "torch.equal(*torch.broadcast_tensors(row, grid))"
# ///
import numpy as np

row = np.array([1, 2])
grid = np.array([[1, 2], [1, 2]])
result = {
    "broadcast_equal": np.array_equiv(row, grid),
    "different": np.array_equiv(row, grid + 1),
    "incompatible": np.array_equiv(row, np.array([1, 2, 3])),
}
print(result)
