"""Where the NumPy code relies on `squeeze` raising for an axis whose length is not 1, the port must
check the length itself: PyTorch's `squeeze` would return the tensor unchanged. Raising the same
`ValueError` keeps any `except` clause around the call working. Both sides squeeze a 3×1 array and
refuse a 1×3 one.
"""
# /// pair
# title = "Squeezing a non-singleton axis: check the length to keep the error"
# expect = "equal"
# order = 15
# numpy_call = "np.squeeze(a, axis=1)"
# torch_call = "if t.shape[1] != 1: raise ValueError(...)"
# ///
import numpy as np


def drop_axis_1(a):
    return np.squeeze(a, axis=1)


result = []
for a in (np.zeros((1, 3)), np.zeros((3, 1))):
    try:
        result.append(drop_axis_1(a))
    except ValueError as error:
        print(error)
        result.append("refused")
print(result)
