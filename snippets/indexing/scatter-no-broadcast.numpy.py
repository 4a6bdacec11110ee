"""`np.put_along_axis` broadcasts the index and the values against the array, so one row of positions
and values is written into every row. `Tensor.scatter_` walks the index as it is: with a 1×2 index
only the first row is written, and the second row keeps its old values, without an error. Expand
the index and the values to the full shape, as in [the faithful translation](#put-along-axis).
"""
# /// pair
# title = "Tensor.scatter_ does not broadcast like np.put_along_axis"
# expect = "differs"
# difference = "scatter_ writes only the rows its index has; it does not broadcast"
# see = ["indexing/put-along-axis"]
# fix = "indexing/put-along-axis"
# order = 16
# numpy_call = "np.put_along_axis(a, np.array([[1, 2]]), np.array([[7, 8]]), axis=1)"
# torch_call = "t.scatter_(1, torch.tensor([[1, 2]]), torch.tensor([[7, 8]]))"
# ///
import numpy as np

a = np.array([[10, 30, 20], [60, 40, 50]])
np.put_along_axis(a, np.array([[1, 2]]), np.array([[7, 8]]), axis=1)
result = a
print(result)
