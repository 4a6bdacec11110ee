"""When the integer is written as a one-element list, PyTorch sees two index arrays separated
by a slice and, like NumPy, puts their broadcast dimension first. Both sides now give 2×3.
"""
# /// pair
# title = "Two lists separated by a slice"
# expect = "equal"
# order = 10
# numpy_call = "a[0, :, [0, 1]]"
# torch_call = "t[[0], :, [0, 1]]"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
result = a[0, :, [0, 1]]
print(result.shape)
print(result)
