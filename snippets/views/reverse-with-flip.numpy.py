"""`torch.flip(a, dims=[0])` gives the values of `a[::-1]`. The NumPy slice is a view and the
PyTorch result a copy (see [the flip pair](#flip-is-copy)), which only matters if something
writes to one of them afterwards.
"""
# /// pair
# title = "Reversing: a[::-1] and torch.flip"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "a[::-1]"
# torch_call = "torch.flip(a, dims=[0])"
# ///
import numpy as np

a = np.arange(4)
result = a[::-1]
print(result)
