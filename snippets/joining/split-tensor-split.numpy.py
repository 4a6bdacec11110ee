"""`torch.tensor_split(x, n)` splits into `n` pieces, like `np.split(x, n)`; when `n` divides the
length, `torch.chunk(x, n)` gives the same pieces. For lengths that do not divide evenly, see
[`np.array_split`](#array-split-chunk).
"""
# /// pair
# title = "A number of equal pieces: torch.tensor_split"
# expect = "equal"
# order = 9
# numpy_call = "np.split(x, 3)"
# torch_call = "torch.tensor_split(x, 3)"
# ///
import numpy as np

x = np.arange(6)
result = np.split(x, 3)
print(result)
