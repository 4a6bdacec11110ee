"""`a.tobytes()` copies an array's memory into a `bytes` object and `np.frombuffer(buf, dtype)`
reads it back without copying. A tensor has no `tobytes`: go through `t.numpy().tobytes()`, or
take `bytes(t.untyped_storage())` (the whole storage, so only for a tensor that owns all of it).
`torch.frombuffer` reads a buffer back, but it wants a writable one (a `bytes` object makes it warn
that the tensor is not writable), hence the `bytearray`. `a.data`, the array's `memoryview`, has
the same bytes.
"""
# /// pair
# title = "Raw bytes: tobytes, frombuffer and the data buffer"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "a.tobytes(); np.frombuffer(raw, dtype=np.int32)"
# torch_call = "a.numpy().tobytes(); torch.frombuffer(bytearray(raw), dtype=torch.int32)"
# ///
import numpy as np

a = np.array([1, 256, -1], dtype=np.int32)
raw = a.tobytes()
view_bytes = bytes(a.data)
back = np.frombuffer(raw, dtype=np.int32)
print(raw.hex(), back)
result = {"hex": raw.hex(), "data": view_bytes.hex(), "back": back}
