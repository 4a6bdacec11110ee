"""`torch.tensor(ndarray)` always copies, like `np.array(a)` with its default `copy=True`. After
the conversion the two objects are independent: the write to the array below does not reach the
tensor. The dtype is kept (float64 stays float64; it is not turned into the default float32).
"""
# /// pair
# title = "torch.tensor copies the array"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.array(a)"
# torch_call = "torch.tensor(a)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
c = np.array(a)
a[0] = 100.0
result = c
print(a)
print(result)
