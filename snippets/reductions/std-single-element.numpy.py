"""With one element, NumPy's default standard deviation is
{{reductions/std-single-element numpy.result}}. PyTorch's default divides by n - 1 = 0: it returns
NaN and warns (the warning is in its output below). This shows up in per-group statistics when a
group has a single member. [The faithful translation](#std-single-element-correction) shows both
corrections.
"""
# /// pair
# title = "Standard deviation of one element: 0 or NaN"
# expect = "differs"
# difference = "torch.std of one element is NaN (n - 1 = 0)"
# order = 11
# see = ["reductions/std-single-element-correction"]
# fix = "reductions/std-single-element-correction"
# numpy_call = "x.std()"
# torch_call = "x.std()"
# ///
import numpy as np

x = np.array([5.0])
result = x.std()
print(result)
