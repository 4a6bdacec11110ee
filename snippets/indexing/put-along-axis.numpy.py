"""`np.put_along_axis(a, idx, values, axis)` writes `values` at the positions `idx` names along the
axis, in place; PyTorch's counterpart is `Tensor.scatter_(dim, idx, values)` (or `torch.scatter`
for a new tensor). A Python number as the value works in both. `scatter_` does not broadcast its
index or its values (see [scatter without broadcasting](#scatter-no-broadcast)), so where NumPy
applies one row of indices to every row, expand both to the full number of rows first, as the
second case does.
"""
# /// pair
# title = "Writing along an axis: np.put_along_axis and Tensor.scatter_"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.put_along_axis(a, idx, values, axis=1)"
# torch_call = "t.scatter_(1, idx.expand(len(t), -1), values.expand(len(t), -1))"
# ///
import numpy as np

a = np.array([[10, 30, 20], [60, 40, 50]])
first = a.copy()
np.put_along_axis(first, np.array([[1], [0]]), 99, axis=1)
second = a.copy()
idx = np.array([[1, 2]])
values = np.array([[7, 8]])
np.put_along_axis(second, idx, values, axis=1)
result = (first, second)
print(first)
print(second)
