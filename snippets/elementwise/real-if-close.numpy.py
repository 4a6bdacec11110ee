"""`np.real_if_close(z)` returns the real part when every imaginary part is below 100 machine
epsilons of the dtype, and the complex array unchanged otherwise. PyTorch has no such function; the
test is one line with `torch.finfo`.
"""
# /// pair
# title = "Dropping negligible imaginary parts: np.real_if_close"
# expect = "equal"
# same_dtype = true
# order = 52
# numpy_call = "np.real_if_close(almost)"
# torch_call = "almost.real if (almost.imag.abs() < 100 * torch.finfo(almost.real.dtype).eps).all() else almost"
# ///
import numpy as np

almost = np.array([1 + 1e-15j, 2 - 1e-16j])
really = np.array([1 + 1e-3j, 2 + 0j])
result = {"almost": np.real_if_close(almost), "really": np.real_if_close(really)}
print(result)
