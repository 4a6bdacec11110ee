"""Converting the uint8 data to a wider integer type before the arithmetic gives the true sums in
both libraries: `astype(np.int64)` and `.long()` (or `.to(torch.int64)`).
"""
# /// pair
# title = "uint8 plus a large int: widen first"
# expect = "equal"
# same_dtype = true
# order = 23
# numpy_call = "a.astype(np.int64) + 300"
# torch_call = "a.long() + 300"
# ///
import numpy as np

a = np.array([200, 7], dtype=np.uint8)
result = a.astype(np.int64) + 300
print(result)
