"""A single `(before, after)` pair, or a single number, applies to every axis in `np.pad`. In
`F.pad` a single pair covers only the last dimension: the rows are not padded, and the 2×3
matrix becomes 2×5 instead of 4×5. Repeat the pair
[once per dimension](#pad-every-dimension).
"""
# /// pair
# title = "One pad width for every axis"
# expect = "differs"
# difference = "one (before, after) pair pads only the last dimension in F.pad"
# order = 22
# see = ["joining/pad-every-dimension"]
# fix = "joining/pad-every-dimension"
# numpy_call = "np.pad(a, (1, 1))"
# torch_call = "F.pad(t, (1, 1))"
# ///
import numpy as np

a = np.arange(1, 7).reshape(2, 3)
result = np.pad(a, (1, 1))
print(result.shape)
print(result)
