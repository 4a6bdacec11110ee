"""With the integer tensor converted to float64 before the multiplication, every integer up to
2**53 survives, and the result matches NumPy's exactly (this pair, too, compares with zero
tolerance).
"""
# /// pair
# title = "Integer array times a float, exact in float64"
# expect = "equal"
# same_dtype = true
# order = 4
# rtol = 0.0
# atol = 0.0
# numpy_call = "a * 1.0"
# torch_call = "t.to(torch.float64) * 1.0"
# ///
import numpy as np

a = np.array([16_777_216, 16_777_217, 16_777_218])
result = a * 1.0
print(result.dtype)
print(result.tolist())
