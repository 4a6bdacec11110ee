"""NumPy computes with every unsigned width. PyTorch 2.13 converts a uint16, uint32 or uint64 array
into a tensor of the same dtype, and a few operations work on it (the PyTorch side prints a
comparison and a multiplication, which wraps around: 65535 × 2 gives 65534), but addition raises
`NotImplementedError: "add_stub" not implemented for 'UInt16'`, and subtraction, floor division and
`max` raise the same way for all three widths (the PyTorch side tries each). Convert to a signed
type first, as in [the faithful translation](#uint16-widen).
"""
# /// pair
# title = "uint16, uint32, uint64 tensors exist, but arithmetic on them raises"
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
