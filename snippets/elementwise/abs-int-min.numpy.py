"""`abs` matches in both, including the corner of two's-complement integers: the most negative int8,
-128, has no positive counterpart, and its absolute value wraps back to -128 in both libraries,
without a warning.
"""
# /// pair
# title = "abs, including the most negative integer"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.abs(a)"
# torch_call = "torch.abs(a)"
# ///
import numpy as np

a = np.array([-128, -5, 0, 127], dtype=np.int8)
result = np.abs(a)
print(result)
