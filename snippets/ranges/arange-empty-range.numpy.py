"""When the end lies behind the start (as computed bounds sometimes do), `np.arange` returns an
empty array, like Python's `range`. `torch.arange` raises {{ranges/arange-empty-range torch.error}}
(its message is in the traceback below) instead; only `start == end` gives an empty tensor. Clamp
the end first, as in [the faithful translation](#arange-empty-clamped).
"""
# /// pair
# title = "An empty range: NumPy returns nothing, PyTorch raises"
# expect = "differs"
# difference = "torch.arange raises when the step points away from the end"
# order = 4
# see = ["ranges/arange-empty-clamped"]
# fix = "ranges/arange-empty-clamped"
# numpy_call = "np.arange(start, stop)  # stop < start"
# torch_call = "torch.arange(start, stop)  # RuntimeError"
# ///
import numpy as np

start, stop = 7, 3
result = np.arange(start, stop)
print(result, result.shape)
