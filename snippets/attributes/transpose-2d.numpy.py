"""`.T` transposes a matrix in both libraries, and in both it is a view: it swaps the strides
instead of moving data, so writing into the transpose changes the original.
"""
# /// pair
# title = "Transpose of a matrix: .T"
# expect = "equal"
# order = 16
# numpy_call = "a.T"
# torch_call = "t.T"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
at = a.T
at[2, 0] = 100
print(at.shape)
print(a)
result = (at, a)
