"""`torch.tensor_split(x, n)` returns exactly `n` pieces, the first ones one element longer when
the length does not divide evenly, which is `np.array_split`'s rule. With more pieces than
elements both return empty pieces at the end.
"""
# /// pair
# title = "Uneven pieces: torch.tensor_split"
# expect = "equal"
# order = 13
# numpy_call = "np.array_split(x, 4)"
# torch_call = "torch.tensor_split(x, 4)"
# ///
import numpy as np

x = np.arange(6)
pieces = np.array_split(x, 4)
too_many = np.array_split(np.arange(2), 3)
print(pieces)
print(too_many)
result = (pieces, too_many)
