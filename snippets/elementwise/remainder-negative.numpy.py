"""`%` (`np.remainder`, `torch.remainder`) takes the sign of the divisor in both libraries, matching
floor division so that `(a // b) * b + a % b == a`. The same holds for floats.
"""
# /// pair
# title = "Remainder with negative operands"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "a % b"
# torch_call = "a % b"
# ///
import numpy as np

a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
result = {"int": a % b, "float": np.remainder(a.astype(np.float64), b)}
print(result)
print((a // b) * b + a % b)
