"""`torch.tensor_split(x, [2, 5])` cuts at positions 2 and 5, exactly like
`np.split(x, [2, 5])`. `torch.split` gives the same pieces when handed their sizes,
`[2, 3, 2]`.
"""
# /// pair
# title = "Splitting at positions: torch.tensor_split"
# expect = "equal"
# order = 11
# numpy_call = "np.split(x, [2, 5])"
# torch_call = "torch.tensor_split(x, [2, 5])"
# ///
import numpy as np

x = np.arange(7)
result = np.split(x, [2, 5])
print(result)
