"""Two integer arrays of different widths promote to the wider one in both libraries: int32 plus
int64 is int64. Same-kind promotion between arrays follows the same table on both sides.
"""
# /// pair
# title = "int32 plus int64 arrays: int64 in both"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "a32 + a64"
# torch_call = "t32 + t64"
# ///
import numpy as np

a32 = np.array([1, 2, 3], dtype=np.int32)
a64 = np.array([10, 20, 30], dtype=np.int64)
result = a32 + a64
print(result, result.dtype)
