"""`stack` joins arrays of equal shape along a new axis, inserted at the given position. The
function has the same name and behaviour in PyTorch.
"""
# /// pair
# title = "Joining along a new axis: stack"
# expect = "equal"
# order = 4
# numpy_call = "np.stack([a, b], axis=1)"
# torch_call = "torch.stack([a, b], dim=1)"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
first = np.stack([a, b])
last = np.stack([a, b], axis=1)
print(first.shape, last.shape)
result = (first, last)
