"""With integer arguments `np.arange` and `torch.arange` agree exactly: the same start, stop (not
included) and step, and an int64 result.
"""
# /// pair
# title = "Integer ranges: arange"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.arange(2, 10, 3)"
# torch_call = "torch.arange(2, 10, 3)"
# ///
import numpy as np

result = (np.arange(4), np.arange(2, 10, 3))
print(result)
