"""`torch.tensor(5)` holds the number 5 in a 0-d int64 tensor, with the shape, dtype and value of
`np.array(5)`.
"""
# /// pair
# title = "A single number as a 0-d tensor: torch.tensor(5)"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.array(5)"
# torch_call = "torch.tensor(5)"
# ///
import numpy as np

a = np.array(5)
result = (a.shape, a.dtype, a)
print(result)
