"""`torch.cov` and `torch.corrcoef` follow NumPy's layout: each row is a variable, each column an
observation. Both divide by n - 1 by default; NumPy's `bias=True` (or `ddof=0`) is PyTorch's
`correction=0`. Transpose a samples-by-features matrix first in both libraries.
"""
# /// pair
# title = "Covariance and correlation matrices"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "np.cov(X)"
# torch_call = "torch.cov(X)"
# ///
import numpy as np

X = np.array([[1.0, 2.0, 4.0, 7.0], [2.0, 1.0, 0.0, 3.0], [5.0, 5.0, 6.0, 1.0]])
result = {
    "cov": np.cov(X),
    "cov bias": np.cov(X, bias=True),
    "corrcoef": np.corrcoef(X),
}
print(result)
