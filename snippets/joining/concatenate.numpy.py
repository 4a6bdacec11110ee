"""`np.concatenate` joins arrays along an existing axis; its PyTorch name is `torch.cat`
(`torch.concatenate` and `torch.concat` are aliases). PyTorch names the axis keyword `dim`
but accepts NumPy's `axis` as well.
"""
# /// pair
# title = "Joining along an axis: np.concatenate and torch.cat"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.concatenate([a, b], axis=1)"
# torch_call = "torch.cat([a, b], dim=1)"
# ///
import numpy as np

a = np.arange(4).reshape(2, 2)
b = np.arange(10, 16).reshape(2, 3)
rows = np.concatenate([a, a])
cols = np.concatenate([a, b], axis=1)
print(rows, cols, sep="\n")
result = (rows, cols)
