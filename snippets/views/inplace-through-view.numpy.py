"""In-place arithmetic on a view modifies the original too. Scaling a column taken with `a[:, 1]`
scales that column of the matrix in both libraries; `col = col * 10` instead would make a new
array and leave the matrix alone.
"""
# /// pair
# title = "In-place arithmetic through a column view"
# expect = "equal"
# order = 2
# numpy_call = "col = a[:, 1]; col *= 10"
# torch_call = "col = a[:, 1]; col *= 10"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
col = a[:, 1]
col *= 10
result = a
print(result)
