"""`np.diff(a, prepend=0)` keeps the output as long as the input by differencing against a leading 0,
a common way to get per-step increments from a running total. `torch.diff` accepts `prepend` and
`append` only as tensors and raises {{reductions/diff-prepend-scalar torch.error}} for a number.
Pass `torch.tensor([0])`, as in [the faithful translation](#diff-prepend-tensor).
"""
# /// pair
# title = "np.diff(a, prepend=0): torch.diff wants a tensor"
# expect = "differs"
# difference = "torch.diff's prepend and append must be tensors: TypeError for a number"
# see = ["reductions/diff"]
# fix = "reductions/diff-prepend-tensor"
# order = 30
# numpy_call = "np.diff(totals, prepend=0)"
# torch_call = "torch.diff(totals, prepend=0)"
# ///
import numpy as np

totals = np.array([1, 4, 9, 16, 25])
result = np.diff(totals, prepend=0)
print(result)
