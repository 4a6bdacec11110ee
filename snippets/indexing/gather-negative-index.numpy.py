"""NumPy's `take_along_axis` counts negative indices from the end of the axis, so `-1` picks the
last element of the row. `torch.gather` accepts only indices from 0 to size - 1 and raises
{{indexing/gather-negative-index torch.error}} (its message is in the traceback below).
`torch.take_along_dim` handles negative indices as NumPy does, as in
[the faithful translation](#take-along-axis).
"""
# /// pair
# title = "torch.gather rejects negative indices"
# expect = "differs"
# difference = "torch.gather raises RuntimeError for a negative index"
# see = ["indexing/take-along-axis"]
# fix = "indexing/take-along-axis"
# order = 15
# numpy_call = "np.take_along_axis(a, np.array([[-1], [0]]), axis=1)"
# torch_call = "torch.gather(t, 1, torch.tensor([[-1], [0]]))"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
result = np.take_along_axis(a, np.array([[-1], [0]]), axis=1)
print(result)
