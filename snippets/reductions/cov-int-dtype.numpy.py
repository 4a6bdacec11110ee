"""On integer input the values agree but the dtype does not: `np.cov` returns float64, `torch.cov`
returns float32, PyTorch's default floating-point type, so precision drops to about seven digits.
Convert the input to float64 first, as in [the faithful translation](#cov-int-double).
"""
# /// pair
# title = "Covariance of integers: float64 or float32"
# expect = "differs"
# difference = "torch.cov of integers is float32"
# same_dtype = true
# order = 28
# see = ["reductions/cov-int-double"]
# fix = "reductions/cov-int-double"
# numpy_call = "np.cov(X)"
# torch_call = "torch.cov(X)"
# ///
import numpy as np

X = np.array([[1, 2, 3, 5], [2, 4, 7, 7]])
result = np.cov(X)
print(result, result.dtype)
