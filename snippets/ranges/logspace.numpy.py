"""`np.logspace(start, stop, num)` becomes `torch.logspace(start, end, steps)`: the exponents are
evenly spaced and the base defaults to 10 in both, so 0 to 3 gives 1, 10, 100, 1000. As with
`linspace`, there is no default count and the default dtype is float32.
"""
# /// pair
# title = "Powers evenly spaced: logspace"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.logspace(0, 3, 4)"
# torch_call = "torch.logspace(0, 3, 4, dtype=torch.float64)"
# ///
import numpy as np

result = np.logspace(0, 3, 4)
print(result)
