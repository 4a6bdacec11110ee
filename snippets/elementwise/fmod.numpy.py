"""`fmod` is the C remainder: its sign follows the dividend, so it differs from `%` whenever the
operands have opposite signs. `np.fmod` and `torch.fmod` agree, for integers and floats.
"""
# /// pair
# title = "fmod: the remainder with the dividend's sign"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.fmod(a, b)"
# torch_call = "torch.fmod(a, b)"
# ///
import numpy as np

a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
result = {"int": np.fmod(a, b), "float": np.fmod(a.astype(np.float64), b)}
print(result)
