"""`np.transpose(a, axes)` with a full ordering of the axes is `Tensor.permute(*dims)` (or
`torch.permute(t, dims)`); the reversed ordering gives what `np.transpose(a)` does without
axes.
"""
# /// pair
# title = "Reordering all axes: np.transpose and Tensor.permute"
# expect = "equal"
# order = 9
# numpy_call = "np.transpose(a, (1, 0, 2))"
# torch_call = "t.permute(1, 0, 2)"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
reordered = np.transpose(a, (1, 0, 2))
reversed_axes = np.transpose(a)
print(reordered.shape, reversed_axes.shape)
result = (reordered, reversed_axes)
