"""The check is not the same everywhere. NumPy refuses negative integer exponents in an array too
(`ValueError`). PyTorch only checks a scalar exponent: with an int64 tensor of exponents,
`torch.pow` computes an integer result without complaint, and `2 ** -1` becomes 0. Convert to
floating point, as in [the faithful translation](#power-float-exponent), when negative exponents
are possible.
"""
# /// pair
# title = "Integer powers with an array of exponents: PyTorch truncates to 0"
# expect = "differs"
# difference = "torch.pow with an integer exponent tensor gives 0 instead of raising"
# order = 8
# see = ["elementwise/power-float-exponent"]
# fix = "elementwise/power-float-exponent"
# numpy_call = "np.power(a, e)"
# torch_call = "torch.pow(a, e)"
# ///
import numpy as np

a = np.array([2, 3, 4])
e = np.array([-1, 2, -2])
result = np.power(a, e)
print(result)
