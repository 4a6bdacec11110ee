"""Given a vector, `np.diag` and `torch.diag` both build the square matrix with that vector on its
diagonal and zeros elsewhere; the dtype follows the vector.
"""
# /// pair
# title = "A diagonal matrix from a vector: diag"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.diag(v)"
# torch_call = "torch.diag(v)"
# ///
import numpy as np

v = np.array([1, 2, 3])
result = np.diag(v)
print(result)
