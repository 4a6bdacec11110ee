"""A 0-d tensor is only weak within its own category. Added to an integer tensor, a 0-d float64
tensor belongs to a higher category (floating), so its dtype wins and the result is float64, the
same as in NumPy. Contrast with [a Python float](#int-plus-float-scalar), which gives float32,
and with [a 0-d float64 next to float32](#float32-minus-float64-scalar).
"""
# /// pair
# title = "Integer array plus a 0-d float64: float64 in both"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "a + np.array(0.5)"
# torch_call = "t + torch.tensor(0.5, dtype=torch.float64)"
# ///
import numpy as np

a = np.array([1, 2, 3])
half = np.array(0.5)
result = a + half
print(result, result.dtype)
