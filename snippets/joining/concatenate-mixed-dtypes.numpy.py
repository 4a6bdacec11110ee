"""Joining an int64 array with a float32 array gives float64 in NumPy, whose promotion rules widen the
float to make room for the integers. `torch.cat` promotes too, but by category: an integer meeting
a floating point tensor takes that tensor's dtype, here float32. The values agree; the dtype does
not. [Convert the inputs](#concatenate-cast-first) when float64 is wanted.
"""
# /// pair
# title = "Concatenating int64 with float32"
# expect = "differs"
# difference = "torch.cat promotes int64 + float32 to float32, not float64"
# same_dtype = true
# order = 2
# see = ["joining/concatenate-cast-first"]
# fix = "joining/concatenate-cast-first"
# numpy_call = "np.concatenate([ints, floats])"
# torch_call = "torch.cat([ints, floats])"
# ///
import numpy as np

ints = np.array([1, 2, 3])
floats = np.array([0.5, 1.5], dtype=np.float32)
result = np.concatenate([ints, floats])
print(result, result.dtype)
