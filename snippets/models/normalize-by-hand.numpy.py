"""Dividing by `torch.linalg.norm(x, dim=1, keepdim=True)` is NumPy's computation, NaN for the zero
row included (PyTorch does not warn).
"""
# /// pair
# title = "Normalising rows by hand: x / torch.linalg.norm(...)"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "x / np.linalg.norm(x, axis=1, keepdims=True)"
# torch_call = "x / torch.linalg.norm(x, dim=1, keepdim=True)"
# ///
import numpy as np

x = np.array([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]])
with np.errstate(invalid="ignore"):
    result = x / np.linalg.norm(x, axis=1, keepdims=True)
print(result)
