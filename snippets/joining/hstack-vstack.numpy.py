"""`hstack` and `vstack` exist in PyTorch under the same names. Their special case for 1-D
inputs carries over: `hstack` joins vectors end to end, `vstack` makes each vector a row.
"""
# /// pair
# title = "hstack and vstack"
# expect = "equal"
# order = 6
# numpy_call = "np.hstack([a, b]), np.vstack([a, b])"
# torch_call = "torch.hstack([a, b]), torch.vstack([a, b])"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
h = np.hstack([a, b])
v = np.vstack([a, b])
m = np.hstack([v, v])
print(h.shape, v.shape, m.shape)
result = (h, v, m)
