"""Marking an entry as missing with `-1` in a uint8 array (labels, pixel classes) fails loudly in
NumPy 2: `a[1] = -1` raises {{dtypes/uint8-assign-negative numpy.error}} (its message is in the
traceback below). PyTorch converts `-1` to uint8 and stores
{{dtypes/uint8-assign-negative torch.result[1]}}, without a warning, so the marker becomes an
ordinary value. PyTorch is not consistent about it: storing 300 the same way raises `RuntimeError`
(the PyTorch side shows that first). Widen the dtype before storing negative markers, as in
[the faithful translation](#uint8-assign-widened).
"""
# /// pair
# title = "Storing -1 in a uint8 array: NumPy raises, PyTorch wraps to 255"
# expect = "differs"
# difference = "torch stores -1 into uint8 as {{dtypes/uint8-assign-negative torch.result[1]}}; NumPy raises {{dtypes/uint8-assign-negative numpy.error}}"
# see = ["dtypes/uint8-assign-widened"]
# fix = "dtypes/uint8-assign-widened"
# order = 22
# numpy_call = "a[1] = -1"
# torch_call = "t[1] = -1"
# ///
import numpy as np

a = np.array([200, 7], dtype=np.uint8)
a[1] = -1
result = a
print(result)
