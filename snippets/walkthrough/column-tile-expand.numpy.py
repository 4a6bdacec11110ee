"""`Tensor.expand(4, 3)` gives the same 4×3 values as `np.tile` without copying: it returns a view
whose stride along the expanded dimension is 0, so every column reads the same memory. Its
NumPy counterpart is `np.broadcast_to`; `np.tile` is shown here because it is what ported code
usually contains. Do not write into an expanded tensor: all its columns share one element.
"""
# /// pair
# title = "Repeating the column without copying: Tensor.expand"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.tile(column, (1, 3))"
# torch_call = "column.expand(4, 3)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
column = np.array([[10], [20], [30], [40]])
wide = np.tile(column, (1, 3))
print(wide.strides)
result = X + wide
