"""Math functions promote integer input to floating point, again to different widths: `np.sqrt` and
`np.exp` of an int64 array give float64, `torch.sqrt` and `torch.exp` give float32. `exp(20)` shows
the cost: float32 keeps only about seven significant digits. [The faithful
translation](#math-int-input-float64) converts first.
"""
# /// pair
# title = "sqrt and exp of integers: float64 or float32"
# expect = "differs"
# difference = "torch math functions turn integers into float32"
# same_dtype = true
# order = 11
# see = ["elementwise/math-int-input-float64"]
# fix = "elementwise/math-int-input-float64"
# numpy_call = "np.exp(a)"
# torch_call = "torch.exp(a)"
# ///
import numpy as np

a = np.array([2, 9, 20])
result = {"sqrt": np.sqrt(a), "exp": np.exp(a)}
print(result)
