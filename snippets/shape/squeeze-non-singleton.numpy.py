"""Asking to squeeze an axis whose length is not 1 is an error in NumPy (`ValueError`). PyTorch
silently returns the tensor unchanged, so a port keeps running with a shape the NumPy code
would never have produced. Check the length yourself if the code relied on the error, as in
[the faithful translation](#squeeze-checked), and [squeeze only singleton dimensions](#squeeze).
"""
# /// pair
# title = "Squeezing an axis that is not of length 1"
# expect = "differs"
# difference = "torch.squeeze ignores a non-singleton dimension instead of raising"
# order = 15
# see = ["shape/squeeze-checked", "shape/squeeze"]
# fix = "shape/squeeze-checked"
# numpy_call = "np.squeeze(a, axis=1)"
# torch_call = "torch.squeeze(t, 1)"
# ///
import numpy as np

a = np.zeros((1, 3))
result = np.squeeze(a, axis=1)
print(result.shape)
