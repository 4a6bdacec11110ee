"""`torch.roll(t, shifts, dims)` shifts cyclically like `np.roll`, along one dimension or several
(with tuples of shifts and dims); without `dims` both flatten, roll and restore the shape.
"""
# /// pair
# title = "Rolling: np.roll and torch.roll with dims"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.roll(a, 1, axis=0)"
# torch_call = "torch.roll(t, 1, dims=0)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = (np.roll(a, 1, axis=0), np.roll(a, (1, -1), axis=(0, 1)), np.roll(a, 2))
print(result)
