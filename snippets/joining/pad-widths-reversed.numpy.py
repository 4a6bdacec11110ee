"""`np.pad` takes one `(before, after)` pair per axis, first axis first. `F.pad` takes a flat
tuple of pairs starting from the *last* dimension and going backwards. Flattening NumPy's
widths in their own order, as here, adds two rows and one column instead of one row and two
columns: the shape comes out 4×4 instead of 3×5.
[Reverse the pairs](#pad-widths).
"""
# /// pair
# title = "Pad widths: first axis first, or last dimension first"
# expect = "differs"
# difference = "F.pad lists (before, after) pairs from the last dimension backwards"
# order = 20
# see = ["joining/pad-widths"]
# fix = "joining/pad-widths"
# numpy_call = "np.pad(a, ((1, 0), (2, 0)))"
# torch_call = "F.pad(t, (1, 0, 2, 0))"
# ///
import numpy as np

a = np.arange(1, 7).reshape(2, 3)
result = np.pad(a, ((1, 0), (2, 0)))
print(result.shape)
print(result)
