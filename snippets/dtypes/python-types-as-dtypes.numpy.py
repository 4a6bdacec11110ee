"""Python's built-in types work as dtypes in both libraries and mean the same thing: `float` is
float64, `int` is int64, `complex` is complex128 and `bool` is bool. This is one of the few
spellings that carries over unchanged, and it gives PyTorch the 64-bit float that NumPy uses.
"""
# /// pair
# title = "Python types as dtypes: float, int, complex, bool"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.zeros(2, dtype=float)"
# torch_call = "torch.zeros(2, dtype=float)"
# ///
import numpy as np

result = [
    np.zeros(2, dtype=float),
    np.zeros(2, dtype=int),
    np.zeros(2, dtype=complex),
    np.zeros(2, dtype=bool),
]
for array in result:
    print(array.dtype)
