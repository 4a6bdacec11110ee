"""Divide by a safe divisor (1 where the real one is 0), then put 0 where the divisor was 0. The result
matches NumPy's, without its warning. Float division by zero needs no guard: it gives `inf`, `-inf`
or NaN in both, as [the float pair](#float-division-by-zero) shows.
"""
# /// pair
# title = "Integer division by zero: guard the divisor"
# expect = "equal"
# same_dtype = true
# order = 33
# numpy_call = "a // b"
# torch_call = "torch.where(b == 0, 0, a // torch.where(b == 0, 1, b))"
# ///
import numpy as np

a = np.array([5, -5, 6])
b = np.array([0, 0, 4])
result = {"//": a // b, "%": a % b}
print(result)
