"""`torch.set_default_dtype(torch.float64)` switches PyTorch's default for the whole process:
constructors, `torch.tensor` of Python floats, and complex values (which become complex128) then
match NumPy without a `dtype` argument. It is global state: it also changes the dtype of
parameters that `torch.nn` layers create, and only floating-point dtypes are accepted. Call it
once, at start-up, if at all.
"""
# /// pair
# title = "Changing the default: torch.set_default_dtype"
# expect = "equal"
# order = 8
# numpy_call = "np.zeros(3)  # float64 already"
# torch_call = "torch.set_default_dtype(torch.float64)"
# ///
import numpy as np

result = [
    np.zeros(3).dtype,
    np.array([1.5, 2.5]).dtype,
    np.array([1 + 2j]).dtype,
    np.arange(0.0, 1.0, 0.5).dtype,
]
print(result)
