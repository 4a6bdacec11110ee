"""Shaped as a 4×1 column, the same four numbers broadcast across the three columns of `X`: each row
of `X` gets its own value added. Both libraries apply the same rule.
"""
# /// pair
# title = "Adding a 4×1 column to the 4×3 matrix"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "X + column  # (4, 3) + (4, 1)"
# torch_call = "X + column  # (4, 3) + (4, 1)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
column = np.array([[10], [20], [30], [40]])
result = X + column
print(result)
