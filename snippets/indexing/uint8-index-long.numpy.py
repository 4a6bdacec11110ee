"""Converting the index to `int64` with `.long()` makes PyTorch index by position, as NumPy
does for any integer dtype.
"""
# /// pair
# title = "A uint8 index array converted with .long()"
# expect = "equal"
# order = 8
# numpy_call = "a[idx]  # idx is uint8"
# torch_call = "t[idx.long()]"
# ///
import numpy as np

a = np.array([10, 20, 30])
idx = np.array([1, 0, 1], dtype=np.uint8)
result = a[idx]
print(result)
