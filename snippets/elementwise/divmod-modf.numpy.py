"""`np.divmod(a, b)` returns the floor quotient and the remainder in one call; PyTorch has no
combined function, so write `torch.div(a, b, rounding_mode="floor")` and `torch.remainder(a, b)`
(note that `torch.div` alone is true division). `np.modf(x)` splits into fractional and integral
parts, both carrying the sign of `x`: in PyTorch that is `x - torch.trunc(x)` and `torch.trunc(x)`.
"""
# /// pair
# title = "Quotient and remainder, integer and fractional parts: divmod, modf"
# expect = "equal"
# same_dtype = true
# order = 43
# numpy_call = "np.divmod(a, b)"
# torch_call = "(torch.div(a, b, rounding_mode='floor'), torch.remainder(a, b))"
# ///
import numpy as np

a = np.array([7, -7, 9])
b = np.array([2, 2, -4])
quotient, remainder = np.divmod(a, b)
fraction, whole = np.modf(np.array([2.5, -2.5, 3.0]))
result = {
    "quotient": quotient,
    "remainder": remainder,
    "fraction": fraction,
    "whole": whole,
}
print(result)
