"""The faithful emptiness test calls `t.numel()`, which is `0` for a tensor with any zero-length
dimension, like NumPy's `a.size`.
"""
# /// pair
# title = "Testing for emptiness with Tensor.numel()"
# expect = "equal"
# order = 8
# numpy_call = "a.size == 0"
# torch_call = "t.numel() == 0"
# ///
import numpy as np

a = np.zeros((0, 3))
print(a.shape, a.size)
result = "empty" if a.size == 0 else "has data"
print(result)
