"""`np.round(x, 2)` becomes `torch.round(x, decimals=2)` (the keyword is required in PyTorch), and
negative `decimals` round to tens, hundreds and so on in both. Both give
{{elementwise/round-decimals numpy.result['2'][0]}} for 2.675, whose binary value lies slightly
below 2.675; Python's built-in `round`, which the NumPy side prints for comparison, rounds it down
instead.
"""
# /// pair
# title = "Rounding to decimals"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.round(x, 2)"
# torch_call = "torch.round(x, decimals=2)"
# ///
import numpy as np

x = np.array([2.675, 0.125, 1234.5678])
print("Python round(2.675, 2):", round(2.675, 2))
result = {"2": np.round(x, 2), "-2": np.round(x, -2)}
print(result)
