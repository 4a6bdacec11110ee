"""`torch.tile` follows `np.tile`'s rule for short counts: missing leading counts are taken as 1,
so a single count tiles along the last dimension.
"""
# /// pair
# title = "Tiling with fewer counts: torch.tile"
# expect = "equal"
# order = 16
# numpy_call = "np.tile(a, 2)"
# torch_call = "torch.tile(t, (2,))"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
result = np.tile(a, 2)
print(result)
