"""Adding a dimension of length 1 is `np.expand_dims(a, axis)` in NumPy and
`Tensor.unsqueeze(dim)` in PyTorch; indexing with `None` works in both. Negative positions
count from the end of the new shape.
"""
# /// pair
# title = "Adding an axis: np.expand_dims and unsqueeze"
# expect = "equal"
# order = 17
# numpy_call = "np.expand_dims(a, 0)"
# torch_call = "t.unsqueeze(0)"
# ///
import numpy as np

a = np.arange(3)
front = np.expand_dims(a, 0)
back = np.expand_dims(a, -1)
indexed = a[:, None]
print(front.shape, back.shape, indexed.shape)
result = (front, back, indexed)
