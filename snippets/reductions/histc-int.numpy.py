"""`np.histogram` bins integer data directly. `torch.histc` (and `torch.histogram`) are not
implemented for integer tensors on the CPU: the call raises {{reductions/histc-int torch.error}}.
Convert the data to floating point first, as in [the faithful translation](#histc-int-float); for
counting small non-negative integers, [`torch.bincount`](#bincount) is the better tool.
"""
# /// pair
# title = "Histogram of integers: torch.histc raises"
# expect = "differs"
# difference = "torch.histc is not implemented for integer tensors"
# order = 25
# see = ["reductions/histc-int-float", "reductions/bincount"]
# fix = "reductions/histc-int-float"
# numpy_call = "np.histogram(a, bins=3)[0]"
# torch_call = "torch.histc(a, bins=3)"
# ///
import numpy as np

a = np.array([1, 2, 2, 3, 3, 3])
result = np.histogram(a, bins=3)[0]
print(result)
