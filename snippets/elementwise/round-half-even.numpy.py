"""`np.round` and `torch.round` both round halves to the nearest even integer (banker's rounding): 0.5
becomes 0, 1.5 and 2.5 become 2, and -0.5 becomes -0. This is Python's `round` rule too, and not the
schoolbook "half away from zero".
"""
# /// pair
# title = "Rounding halves: to the nearest even number"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.round(x)"
# torch_call = "torch.round(x)"
# ///
import numpy as np

x = np.array([0.5, 1.5, 2.5, -0.5, -1.5, 2.6])
result = np.round(x)
print(result)
