"""Converted to uint8, the mask has 1 where it was `True`, and `argmax` returns the first of them, as
NumPy does for the boolean mask. When the mask has no `True` at all, both return 0, so check
`mask.any()` if that case matters.
"""
# /// pair
# title = "argmax of a boolean mask: convert to uint8 first"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.argmax(mask)"
# torch_call = "torch.argmax(mask.to(torch.uint8))"
# ///
import numpy as np

mask = np.array([False, False, True, True])
none = np.array([False, False, False])
result = (np.argmax(mask), np.argmax(none))
print(result)
