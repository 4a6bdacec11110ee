"""`np.put_along_axis(a, idx, values, axis)` is the writing twin of `np.take_along_axis`: in place,
it sets `a[i, idx[i, j]] = values[i, j]` for `axis=1`. In PyTorch that is
`a.scatter_(1, idx, values)` (or `torch.scatter` for a copy), with `idx` an int64 tensor of the
same number of dimensions. A classic use: write into the position of each row's maximum.
"""
# /// pair
# title = "Writing along an axis: np.put_along_axis and scatter_"
# expect = "equal"
# same_dtype = true
# order = 31
# numpy_call = "np.put_along_axis(a, idx, 0, axis=1)"
# torch_call = "a.scatter_(1, idx, 0)"
# ///
import numpy as np

a = np.array([[10, 30, 20], [60, 40, 50]])
idx = np.argmax(a, axis=1, keepdims=True)
np.put_along_axis(a, idx, 0, axis=1)
result = a
print(result)
