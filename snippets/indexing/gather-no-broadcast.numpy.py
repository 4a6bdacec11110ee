"""`np.take_along_axis` broadcasts the index against the array: one row of indices, `[[2, 0]]`, is
applied to both rows of `a` and gives a 2×2 result. `torch.gather`, often named as its translation,
does not broadcast: the output has the index's shape, so only the first row is read and the result
is 1×2, without an error. Use `torch.take_along_dim`, as in [the faithful
translation](#take-along-axis), or expand the index to the full shape first.
"""
# /// pair
# title = "torch.gather does not broadcast its index"
# expect = "differs"
# difference = "torch.gather reads only as many rows as the index has; it does not broadcast"
# see = ["indexing/take-along-axis"]
# fix = "indexing/take-along-axis"
# order = 15
# numpy_call = "np.take_along_axis(a, np.array([[2, 0]]), axis=1)"
# torch_call = "torch.gather(t, 1, torch.tensor([[2, 0]]))"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
result = np.take_along_axis(a, np.array([[2, 0]]), axis=1)
print(result)
