"""PyTorch has no `percentile`, and `torch.quantile` is its replacement, but it takes fractions, not
percentages: `torch.quantile(x, 50)` raises {{reductions/percentile-as-quantile torch.error}} (its
message is in the traceback below). Divide the percentages by 100, as in
[the faithful translation](#percentile-quantile).
"""
# /// pair
# title = "np.percentile(x, 50) ported as torch.quantile(x, 50)"
# expect = "differs"
# difference = "torch.quantile takes fractions and raises for q outside [0, 1]"
# see = ["reductions/percentile-quantile"]
# fix = "reductions/percentile-quantile"
# order = 16
# numpy_call = "np.percentile(x, 50)"
# torch_call = "torch.quantile(x, 50)"
# ///
import numpy as np

x = np.array([7.0, 1.0, 4.0, 2.0, 9.0, 5.0])
result = np.percentile(x, 50)
print(result)
