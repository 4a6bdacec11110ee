"""PyTorch has no `average`. A weighted mean is the weighted sum divided by the sum of the weights;
with an axis, reduce along the same `dim` and let the weights broadcast.
"""
# /// pair
# title = "Weighted average: np.average(weights=...)"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.average(x, axis=1, weights=w)"
# torch_call = "(x * w).sum(dim=1) / w.sum()"
# ///
import numpy as np

x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
w = np.array([3.0, 1.0, 1.0])
result = {
    "all": np.average(x[0], weights=w),
    "rows": np.average(x, axis=1, weights=w),
}
print(result)
