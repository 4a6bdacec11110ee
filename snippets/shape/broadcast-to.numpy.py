"""`np.broadcast_to` and `Tensor.expand` (or `torch.broadcast_to`) give a larger shape without
copying: the repeated dimension gets stride 0, so all its entries read the same memory.
`expand` also accepts `-1` for "keep this size". Only NumPy makes the result read-only: see
[writing to a broadcast view](views.md#write-to-broadcast).
"""
# /// pair
# title = "Broadcasting to a shape: np.broadcast_to and Tensor.expand"
# expect = "equal"
# order = 21
# numpy_call = "np.broadcast_to(a, (2, 3))"
# torch_call = "t.expand(2, 3)"
# ///
import numpy as np

a = np.array([1, 2, 3])
wide = np.broadcast_to(a, (2, 3))
column = np.broadcast_to(a[:, None], (3, 4))
print(wide.strides, column.strides)
result = (wide, column)
