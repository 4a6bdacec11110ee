"""Giving `F.pad` one pair per dimension pads the whole matrix. The fill value, NumPy's
`constant_values`, is `F.pad`'s `value`.
"""
# /// pair
# title = "Padding every dimension, with a fill value"
# expect = "equal"
# order = 23
# numpy_call = "np.pad(a, 1, constant_values=-1)"
# torch_call = "F.pad(t, (1, 1, 1, 1), value=-1)"
# ///
import numpy as np

a = np.arange(1, 7).reshape(2, 3)
result = np.pad(a, 1, constant_values=-1)
print(result.shape)
print(result)
