"""Converting the integer observations to float64 before `torch.cov` gives NumPy's float64 covariance
matrix, values and dtype.
"""
# /// pair
# title = "Covariance of integers: convert with .double() first"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "np.cov(X)"
# torch_call = "torch.cov(X.double())"
# ///
import numpy as np

X = np.array([[1, 2, 3, 5], [2, 4, 7, 7]])
result = np.cov(X)
print(result, result.dtype)
