"""`np.percentile` takes percentages (0 to 100); `np.quantile` and `torch.quantile` take fractions (0
to 1). Both interpolate linearly by default. Several levels at once must be a tensor of the input's
dtype: a float32 `q` with a float64 input raises `RuntimeError`.
"""
# /// pair
# title = "Percentiles and quantiles: np.percentile and torch.quantile"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.percentile(x, [25, 50, 90])"
# torch_call = "torch.quantile(x, torch.tensor([0.25, 0.5, 0.9], dtype=x.dtype))"
# ///
import numpy as np

x = np.array([7.0, 1.0, 4.0, 2.0, 9.0, 5.0])
result = np.percentile(x, [25, 50, 90])
print(result)
