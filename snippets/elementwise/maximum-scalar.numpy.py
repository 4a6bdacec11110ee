"""`np.maximum(a, 3)` broadcasts the Python number. `torch.maximum` accepts only tensors: with a
number it raises {{elementwise/maximum-scalar torch.error}} (its message is in the traceback below).
[The faithful translation](#maximum-scalar-clamp) shows two replacements.
"""
# /// pair
# title = "Maximum with a number: torch.maximum wants a tensor"
# expect = "differs"
# difference = "torch.maximum does not accept a Python number"
# order = 27
# see = ["elementwise/maximum-scalar-clamp"]
# fix = "elementwise/maximum-scalar-clamp"
# numpy_call = "np.maximum(a, 3)"
# torch_call = "torch.maximum(a, 3)"
# ///
import numpy as np

a = np.array([1, 5, 2, 7])
result = np.maximum(a, 3)
print(result)
