"""NumPy computes with every unsigned width. PyTorch converts a uint16, uint32 or uint64 array into
a tensor of the same dtype, and a few operations work on it: the PyTorch side prints a comparison
and a multiplication, which wraps around as NumPy's does. But addition raises
{{dtypes/uint16-arithmetic torch.error}}, and so do subtraction, floor division and `max` for all
three widths (the PyTorch side tries each and prints what raised). Convert to a signed type first,
as in [the faithful translation](#uint16-widen).
"""
# /// pair
# title = "uint16, uint32, uint64 tensors exist, but addition on them raises"
# expect = "differs"
# difference = "torch has uint16/32/64 tensors but no addition for them on the CPU"
# see = ["dtypes/uint16-widen"]
# fix = "dtypes/uint16-widen"
# order = 21
# numpy_call = "a + 1  # a is uint16"
# torch_call = "torch.from_numpy(a) + 1"
# ///
import numpy as np

a = np.array([1, 2, 65535], dtype=np.uint16)
result = a + 1
print(result, result.dtype)
