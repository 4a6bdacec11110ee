"""Before broadcasting, the column had to be copied out to the full 4×3 shape by hand. NumPy's
`np.tile(column, (1, 3))` corresponds to `Tensor.repeat(1, 3)`: both take the number of copies
along each dimension and allocate a new array.
"""
# /// pair
# title = "Repeating the column explicitly: np.tile and Tensor.repeat"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.tile(column, (1, 3))"
# torch_call = "column.repeat(1, 3)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
column = np.array([[10], [20], [30], [40]])
wide = np.tile(column, (1, 3))
print(wide.shape)
result = X + wide
