"""`np.zeros` and `np.ones` take the shape as a tuple; the PyTorch versions accept a tuple too, or
the sizes as separate arguments (`torch.zeros(2, 3)`). The reverse port needs care: NumPy reads a
second positional argument as the dtype. Without `dtype=`, the PyTorch result would be float32.
"""
# /// pair
# title = "Filled with zeros or ones: zeros and ones"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.zeros((2, 3))"
# torch_call = "torch.zeros(2, 3, dtype=torch.float64)"
# ///
import numpy as np

zeros = np.zeros((2, 3))
ones = np.ones((2, 3), dtype=int)
print(zeros)
print(ones)
result = (zeros, ones)
