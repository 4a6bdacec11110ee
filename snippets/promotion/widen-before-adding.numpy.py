"""Converting the small integer type to a wider one before the arithmetic gives exact results on
both sides: `astype(np.int16)` in NumPy, `.to(torch.int16)` in PyTorch. This is also what the
NumPy code should have done to add 300 at all.
"""
# /// pair
# title = "Widen small integers before the arithmetic"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "u.astype(np.int16) + 300"
# torch_call = "u.to(torch.int16) + 300"
# ///
import numpy as np

u = np.array([200, 10], dtype=np.uint8)
result = u.astype(np.int16) + 300
print(result, result.dtype)
