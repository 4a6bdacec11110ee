"""`np.reciprocal` keeps the integer dtype: `1 / 2` becomes 0, and only 1 and -1 survive.
`torch.reciprocal` converts integers to floating point, so `1 / 2` gives
{{elementwise/reciprocal-int torch.result[3]}}. If the NumPy code really
wants the integer result, [the faithful translation](#reciprocal-int-trunc) reproduces it; more
often the intent was a float reciprocal, which needs a float input in NumPy.
"""
# /// pair
# title = "reciprocal of integers: integer in NumPy, float in PyTorch"
# expect = "differs"
# difference = "torch.reciprocal of integers returns floats"
# order = 35
# see = ["elementwise/reciprocal-int-trunc"]
# fix = "elementwise/reciprocal-int-trunc"
# numpy_call = "np.reciprocal(a)"
# torch_call = "torch.reciprocal(a)"
# ///
import numpy as np

a = np.array([-2, -1, 1, 2, 3])
result = np.reciprocal(a)
print(result, result.dtype)
