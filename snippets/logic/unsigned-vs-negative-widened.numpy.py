"""Converting the unsigned tensor to a signed dtype wide enough for its values (`int64` here, with
`Tensor.long()`) before the comparison keeps `-1` negative, and PyTorch then gives NumPy's answer.
"""
# /// pair
# title = "An unsigned array compared with a negative integer, widened first"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "x > -1"
# torch_call = "x.long() > -1"
# ///
import numpy as np

x = np.array([0, 200, 255], dtype=np.uint8)
result = x > -1
print(result)
