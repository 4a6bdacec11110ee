"""`torch.tensor` turns Python floats into float32, where NumPy's `np.array` keeps float64. Beyond
the lost digits, float32's range ends near 3.4e38: a literal such as 1e40 becomes `inf`. At the
other end, 1e-46 lies below half of float32's smallest positive value (`2**-149`, which the PyTorch
side prints), so rounding to the nearest float32 gives 0. Pass `dtype=torch.float64`, as in
[the faithful translation](#float-literals-float64).
"""
# /// pair
# title = "Python floats: np.array keeps float64, torch.tensor makes float32"
# expect = "differs"
# difference = "torch.tensor stores Python floats as float32: 1e40 becomes inf"
# order = 9
# see = ["dtypes/float-literals-float64"]
# fix = "dtypes/float-literals-float64"
# numpy_call = "np.array([1e40, 1e-46])"
# torch_call = "torch.tensor([1e40, 1e-46])"
# ///
import numpy as np

result = np.array([1e40, 1e-46, 0.1])
print(result, result.dtype)
