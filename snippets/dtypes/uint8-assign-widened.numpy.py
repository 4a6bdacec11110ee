"""Converting to a signed type wide enough for the data and the marker, int16 here, lets both
libraries store `-1` as `-1`. (In NumPy this is what the code needs anyway, since the uint8
assignment raises.)
"""
# /// pair
# title = "Storing -1 in a uint8 array: widen the dtype first"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "b = a.astype(np.int16); b[1] = -1"
# torch_call = "b = t.to(torch.int16); b[1] = -1"
# ///
import numpy as np

a = np.array([200, 7], dtype=np.uint8)
b = a.astype(np.int16)
b[1] = -1
result = b
print(result)
