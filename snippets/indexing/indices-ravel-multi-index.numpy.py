"""`np.indices((2, 3))` returns one grid of row indices and one of column indices, stacked:
`torch.stack(torch.meshgrid(torch.arange(2), torch.arange(3), indexing="ij"))`.
`np.ravel_multi_index((rows, cols), shape)` turns index tuples into flat C-order positions; PyTorch
has its inverse, `torch.unravel_index`, but not this one: multiply by the strides of the shape,
`rows * shape[1] + cols`. NumPy also checks the bounds (and raises), which the arithmetic does not.
"""
# /// pair
# title = "Index grids and flat indices: np.indices, np.ravel_multi_index"
# expect = "equal"
# same_dtype = true
# order = 34
# numpy_call = "np.ravel_multi_index((rows, cols), (3, 4))"
# torch_call = "rows * 4 + cols"
# ///
import numpy as np

rows = np.array([0, 1, 2])
cols = np.array([3, 0, 1])
result = {
    "indices": np.indices((2, 3)),
    "flat": np.ravel_multi_index((rows, cols), (3, 4)),
}
print(result)
