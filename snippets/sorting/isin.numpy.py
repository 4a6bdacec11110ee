"""`torch.isin` tests membership element by element like `np.isin`, with the same `invert` flag. The
test elements must be a tensor (or a single number); a Python list raises `TypeError`.
"""
# /// pair
# title = "Membership: np.isin and torch.isin"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.isin(a, [2, 3])"
# torch_call = "torch.isin(a, torch.tensor([2, 3]))"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
inside = np.isin(a, [2, 3])
outside = np.isin(a, [2, 3], invert=True)
print(inside)
result = (inside, outside)
