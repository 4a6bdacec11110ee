"""`np.frombuffer` and `torch.frombuffer` read raw bytes as numbers, with the same `count` (in
elements) and `offset` (in bytes) arguments. Two differences: PyTorch's `dtype` is required where
NumPy defaults to float64, and PyTorch warns when the buffer is read-only (such as a `bytes`
object), so pass a `bytearray`. Both read the bytes in the machine's byte order, little-endian
here: the bytes 255, 255 are the int16 value -1.
"""
# /// pair
# title = "Numbers from raw bytes: frombuffer"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.frombuffer(buf, dtype=np.int16, offset=2)"
# torch_call = "torch.frombuffer(buf, dtype=torch.int16, offset=2)"
# ///
import numpy as np

buf = bytearray([1, 0, 2, 0, 0, 1, 255, 255])
whole = np.frombuffer(buf, dtype=np.uint8)
pairs = np.frombuffer(buf, dtype=np.int16, count=3, offset=2)
print(whole)
print(pairs)
result = (whole, pairs)
