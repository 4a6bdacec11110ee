"""Converting to int32 (wide enough for every uint16 value) lets PyTorch do the arithmetic; converting
the result back to uint16 wraps 65536 to 0 exactly as NumPy's uint16 addition does. Keep the int32
result instead when the wrap was never wanted. For uint32 data widen to int64; uint64 values above
2**63 - 1 have no signed type that holds them.
"""
# /// pair
# title = "Arithmetic on uint16 data: widen to a signed type, convert back"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "a + 1  # a is uint16"
# torch_call = "(t.to(torch.int32) + 1).to(torch.uint16)"
# ///
import numpy as np

a = np.array([1, 2, 65535], dtype=np.uint16)
result = a + 1
print(result, result.dtype)
