"""Indexing with an integer tensor in the position of the axis counts negative entries from the end,
as `np.take` does, so `t[:, idx]` translates `np.take(a, idx, axis=1)` for any mix of positive and
negative positions.
"""
# /// pair
# title = "Taking along an axis with negative positions: t[:, idx]"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.take(a, [-1, 0], axis=1)"
# torch_call = "t[:, torch.tensor([-1, 0])]"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
result = np.take(a, [-1, 0], axis=1)
print(result)
