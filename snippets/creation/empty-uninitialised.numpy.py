"""`np.empty` and `torch.empty` allocate without writing anything, so the values are whatever the
memory held: never read them before assigning. Only the shape and dtype are defined, and only those
are compared here. `torch.empty_like` matches `np.empty_like` the same way.
"""
# /// pair
# title = "Uninitialised memory: empty"
# expect = "equal"
# order = 10
# numpy_call = "np.empty((2, 3))"
# torch_call = "torch.empty(2, 3, dtype=torch.float64)"
# ///
import numpy as np

buffer = np.empty((2, 3))
like = np.empty_like(np.zeros(4, dtype=np.int32))
result = (buffer.shape, buffer.dtype, like.shape, like.dtype)
print(result)
