"""Written out with `torch.log`, the formula gives NumPy's values, `inf` for the certain wrong
predictions included, and PyTorch does not warn about the zero inside the log.
"""
# /// pair
# title = "Binary cross-entropy as the formula, inf included"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "-(y * np.log(p) + (1 - y) * np.log(1 - p))"
# torch_call = "-(y * torch.log(p) + (1 - y) * torch.log(1 - p))"
# ///
import numpy as np

p = np.array([0.0, 0.5, 1.0, 0.9])
y = np.array([1.0, 1.0, 0.0, 1.0])
with np.errstate(divide="ignore"):
    result = -(y * np.log(p) + (1 - y) * np.log(1 - p))
print(result)
