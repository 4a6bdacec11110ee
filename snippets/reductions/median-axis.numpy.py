"""With a dimension, `torch.median` returns a `(values, indices)` named tuple, like `torch.max`; take
`.values`. The rows here have an odd length, so the lower-middle rule does not matter; for even-
length rows use `torch.quantile(m, 0.5, dim=1)`.
"""
# /// pair
# title = "Median along an axis: torch.median(m, dim=1).values"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.median(m, axis=1)"
# torch_call = "torch.median(m, dim=1).values"
# ///
import numpy as np

m = np.array([[3.0, 1.0, 2.0], [9.0, 7.0, 8.0]])
result = np.median(m, axis=1)
print(result)
