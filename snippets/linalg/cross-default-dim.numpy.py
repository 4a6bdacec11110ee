"""`np.cross` works along the last axis. `torch.cross` called without `dim` uses the first
dimension of size 3 instead, which for a 3×3 input is dim 0 (the columns), so it computes
different products; PyTorch 2.13 also prints a deprecation warning announcing that the default
will change. Use `torch.linalg.cross`, whose default is the last dimension, as in
[the faithful translation](#cross-linalg).
"""
# /// pair
# title = "Cross product without an axis: np.cross vs torch.cross"
# expect = "differs"
# difference = "torch.cross without dim uses the first dimension of size 3"
# see = ["linalg/cross-linalg"]
# fix = "linalg/cross-linalg"
# order = 29
# numpy_call = "np.cross(a, b)"
# torch_call = "torch.cross(a, b)"
# ///
import numpy as np

a = np.arange(9.0).reshape(3, 3)
b = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
result = np.cross(a, b)
print(result)
