"""Mean squared error is a one-liner in NumPy and `F.mse_loss(pred, target)` in PyTorch, which
averages over every element by default (`reduction="mean"`; `"sum"` and `"none"` are the
alternatives). The two arguments must have the same shape, as they do here.
"""
# /// pair
# title = "Mean squared error: np.mean((p - y)**2) and F.mse_loss"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.mean((pred - target) ** 2)"
# torch_call = "F.mse_loss(pred, target)"
# ///
import numpy as np

pred = np.array([2.5, 0.0, 2.0, 8.0])
target = np.array([3.0, -0.5, 2.0, 7.0])
result = np.mean((pred - target) ** 2)
print(result)
