"""`np.quantile` and `np.percentile` accept integer arrays and return float64. `torch.quantile`
raises {{reductions/quantile-int torch.error}} (its message is in the traceback below). Convert the
input first, as in [the faithful translation](#quantile-int-double).
"""
# /// pair
# title = "Quantile of integers: PyTorch raises"
# expect = "differs"
# difference = "torch.quantile accepts only float32 and float64 input"
# order = 17
# see = ["reductions/quantile-int-double"]
# fix = "reductions/quantile-int-double"
# numpy_call = "np.quantile(a, 0.5)"
# torch_call = "torch.quantile(a, 0.5)"
# ///
import numpy as np

a = np.array([1, 2, 3, 4])
result = np.quantile(a, 0.5)
print(result)
