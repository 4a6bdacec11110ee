"""PyTorch has no `append`, `insert` or `delete`; each is one line. `np.append(a, v)` without an
axis flattens both and concatenates: `torch.cat([a.flatten(), v.flatten()])`, and with an axis it
is `torch.cat` along that axis. `np.insert(a, i, values)` is a concatenation of the two halves
around `i`. `np.delete(a, idx)` keeps the other positions: build a boolean mask and index with it.
All of them copy, on both sides.
"""
# /// pair
# title = "Growing and shrinking: np.append, np.insert, np.delete"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "np.delete(v, [0, 3])"
# torch_call = "v[torch.isin(torch.arange(len(v)), torch.tensor([0, 3]), invert=True)]"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
v = np.array([1, 2, 3, 4, 5])
result = {
    "append_flat": np.append(a, [5, 6]),
    "append_axis0": np.append(a, [[5, 6]], axis=0),
    "insert": np.insert(v, 1, [9, 8]),
    "delete": np.delete(v, [0, 3]),
}
print(result)
