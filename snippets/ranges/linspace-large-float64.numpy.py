"""With `dtype=torch.float64`, the eleven points from 1e8 to 1e8 + 10 stay eleven distinct values,
spaced by 1, as NumPy computes them. The pair compares the points themselves and their number of
distinct values.
"""
# /// pair
# title = "linspace near large values: dtype=torch.float64"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.linspace(1e8, 1e8 + 10, 11)"
# torch_call = "torch.linspace(1e8, 1e8 + 10, 11, dtype=torch.float64)"
# ///
import numpy as np

points = np.linspace(1e8, 1e8 + 10, 11)
print(points - 1e8)
result = (points, len(np.unique(points)))
