"""The float32 that PyTorch promotes to is not just a different label: integers above 2**24
(16777216) are no longer all representable. Multiplying 16777217 by `1.0` keeps it exact in NumPy's
float64 and rounds it to {{promotion/int-times-float-precision torch.result[1]:.0f}} in PyTorch's
float32. Large counts, ids or timestamps need an explicit `t.to(torch.float64)` first, as in
[the faithful translation](#int-times-float-precision-float64). (This pair compares exactly: a
difference of 1 in 16 million would pass the default relative tolerance.)
"""
# /// pair
# title = "Integer array times a float scalar: float32 loses large integers"
# expect = "differs"
# difference = "int tensor * Python float is float32 and rounds integers above 2**24"
# order = 3
# rtol = 0.0
# atol = 0.0
# see = ["promotion/int-times-float-precision-float64"]
# fix = "promotion/int-times-float-precision-float64"
# numpy_call = "a * 1.0"
# torch_call = "t * 1.0"
# ///
import numpy as np

a = np.array([16_777_216, 16_777_217, 16_777_218])
result = a * 1.0
print(result.dtype)
print(result.tolist())
