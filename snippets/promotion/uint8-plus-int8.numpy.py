"""Unsigned and signed 8-bit integers have no common 8-bit type (uint8 reaches 255, int8 goes below
zero), so both libraries widen to int16, and 200 + (-1) is
{{promotion/uint8-plus-int8 numpy.result[0]}} rather than a wrapped value. `np.promote_types` and
`torch.promote_types` answer the same question without computing anything.
"""
# /// pair
# title = "uint8 plus int8: both widen to int16"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.promote_types(np.uint8, np.int8)"
# torch_call = "torch.promote_types(torch.uint8, torch.int8)"
# ///
import numpy as np

u = np.array([200, 10], dtype=np.uint8)
s = np.array([-1, -20], dtype=np.int8)
print(np.promote_types(np.uint8, np.int8))
result = u + s
print(result, result.dtype)
