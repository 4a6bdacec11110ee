"""`np.bitwise_count` (NumPy 2.0) counts the 1 bits of each integer (a population count) and
returns uint8. PyTorch has no population count; for unsigned integers, sum the bits with shifts.
For a signed input NumPy counts the bits of the *absolute value*, so take `.abs()` first there.
"""
# /// pair
# title = "Counting set bits: np.bitwise_count"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 23
# numpy_call = "np.bitwise_count(x)"
# torch_call = "((x[:, None] >> torch.arange(8)) & 1).sum(1)"
# ///
import numpy as np

x = np.array([0, 1, 7, 128, 255], dtype=np.uint8)
result = np.bitwise_count(x)
print(result)
