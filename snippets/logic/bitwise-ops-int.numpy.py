"""On integers the same operators work bit by bit, identically in both libraries: `~` is bitwise
not, so `~1` is `-2` and `~0` is `-1`. A mask stored as 0 and 1 integers therefore does not invert
into 1 and 0; convert it to booleans first or use `logical_not`. Neither library defines these
operators for floating-point arrays (NumPy raises `TypeError`, PyTorch `NotImplementedError`).
"""
# /// pair
# title = "The operators &, |, ^ and ~ on integer arrays"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "~mask"
# torch_call = "~mask"
# ///
import numpy as np

a = np.array([12, 10, 7])
b = np.array([10, 6, 1])
mask = np.array([1, 0, 1])
result = {"and": a & b, "or": a | b, "xor": a ^ b}
result["not_int_mask"] = ~mask
result["not_bool_mask"] = ~mask.astype(bool)
print(result)
