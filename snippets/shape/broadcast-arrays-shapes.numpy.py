"""`np.broadcast_arrays(a, b)` returns views of its arguments expanded to their common shape:
`torch.broadcast_tensors(a, b)`. `np.broadcast_shapes` computes the shape alone and is
`torch.broadcast_shapes`, which returns a `torch.Size` (a tuple).
"""
# /// pair
# title = "Broadcasting explicitly: broadcast_arrays, broadcast_shapes"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "np.broadcast_arrays(a, b)"
# torch_call = "torch.broadcast_tensors(a, b)"
# ///
import numpy as np

col = np.array([[1], [2]])
row = np.array([10, 20, 30])
a, b = np.broadcast_arrays(col, row)
result = {"a": a, "b": b, "shape": np.broadcast_shapes((2, 1), (3,), (1, 3))}
print(result)
