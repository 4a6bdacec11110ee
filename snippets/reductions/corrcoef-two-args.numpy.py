"""`np.corrcoef(x, y)` (like `np.cov(x, y)`) accepts a second variable and stacks it under the
first. `torch.corrcoef` and `torch.cov` take one matrix only, and two arguments raise
{{reductions/corrcoef-two-args torch.error}} (its message is in the traceback below). Stack the
variables yourself, as in [the faithful translation](#corrcoef-stacked).
"""
# /// pair
# title = "np.corrcoef(x, y): torch.corrcoef takes one matrix"
# expect = "differs"
# difference = "torch.corrcoef and torch.cov take a single input: TypeError for two"
# see = ["reductions/corrcoef-stacked"]
# fix = "reductions/corrcoef-stacked"
# order = 27
# numpy_call = "np.corrcoef(x, y)"
# torch_call = "torch.corrcoef(x, y)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 4.0, 7.0])
y = np.array([2.0, 1.0, 3.0, 3.0])
result = np.corrcoef(x, y)
print(result)
