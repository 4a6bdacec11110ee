"""`a.astype(a.dtype.newbyteorder("="))` copies the values into the machine's native byte order (the
same numbers, with their bytes swapped in memory), and that array converts to a tensor.
"""
# /// pair
# title = "A big-endian array: convert to the native byte order first"
# expect = "equal"
# order = 12
# numpy_call = "a * 2  # a has dtype '>i4'"
# torch_call = "torch.from_numpy(a.astype(a.dtype.newbyteorder('='))) * 2"
# ///
import numpy as np

a = np.array([1, 256, 65535], dtype=">i4")
result = a * 2
print(a.dtype, result)
