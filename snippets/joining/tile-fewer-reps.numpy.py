"""`np.tile` accepts fewer counts than the array has dimensions and pads them with ones on the left,
so `np.tile(a, 2)` on a matrix tiles the columns. `Tensor.repeat` needs at least one count per
dimension and raises {{joining/tile-fewer-reps torch.error}}. [`torch.tile`](#tile-torch-tile) pads
the counts as NumPy does.
"""
# /// pair
# title = "np.tile with fewer counts than dimensions"
# expect = "differs"
# difference = "Tensor.repeat needs a count for every dimension; it raises"
# order = 15
# see = ["joining/tile-torch-tile"]
# fix = "joining/tile-torch-tile"
# numpy_call = "np.tile(a, 2)"
# torch_call = "t.repeat(2)"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
result = np.tile(a, 2)
print(result)
