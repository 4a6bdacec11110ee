"""With an integer dtype, NumPy 2's `linspace` rounds the evenly spaced values down (toward minus
infinity), so the point halfway between -1 and 0 becomes -1. `torch.linspace` with an integer dtype
rounds toward zero and gives 0 there. The two agree whenever no point is negative and fractional. To
get NumPy's result, compute in float64 and apply `floor`, as in
[the faithful translation](#linspace-integer-floor).
"""
# /// pair
# title = "linspace with an integer dtype: floor vs toward zero"
# expect = "differs"
# difference = "integer torch.linspace rounds toward zero, NumPy rounds down"
# same_dtype = true
# order = 15
# see = ["ranges/linspace-integer-floor"]
# fix = "ranges/linspace-integer-floor"
# numpy_call = "np.linspace(-1, 1, 5, dtype=np.int64)"
# torch_call = "torch.linspace(-1, 1, 5, dtype=torch.int64)"
# ///
import numpy as np

print(np.linspace(-1, 1, 5))
result = np.linspace(-1, 1, 5, dtype=np.int64)
print(result)
