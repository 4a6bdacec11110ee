"""`torch.linalg.cross` defaults to the last dimension, like `np.cross`, and `np.cross(a, b,
axis=0)` becomes `torch.linalg.cross(a, b, dim=0)`. Passing `dim=-1` to `torch.cross` works
too. NumPy still accepts 2-element vectors (with a `DeprecationWarning`); PyTorch requires the
dimension to have length 3.
"""
# /// pair
# title = "Cross product: torch.linalg.cross"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "np.cross(a, b)"
# torch_call = "torch.linalg.cross(a, b)"
# ///
import numpy as np

a = np.arange(9.0).reshape(3, 3)
b = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
result = (np.cross(a, b), np.cross(a, b, axis=0))
print(result[0])
