"""Reversing with a negative slice step is common NumPy. PyTorch does not support negative steps at
all: `t[::-1]` raises {{indexing/negative-step torch.error}} (its message is in the traceback
below). Use [`torch.flip`](#flip) instead.
"""
# /// pair
# title = "Reversing with a negative step: x[::-1]"
# expect = "differs"
# difference = "PyTorch slices refuse negative steps"
# order = 3
# see = ["indexing/flip"]
# fix = "indexing/flip"
# numpy_call = "a[::-1]"
# torch_call = "t[::-1]"
# ///
import numpy as np

a = np.arange(5)
result = a[::-1]
print(result)
