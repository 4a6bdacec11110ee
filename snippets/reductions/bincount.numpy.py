"""`torch.bincount` counts occurrences of each non-negative integer like `np.bincount`, with the same
`minlength` and `weights` arguments. Without weights the counts are int64 in both; with float64
weights both return float64 sums.
"""
# /// pair
# title = "Counting integers: np.bincount and torch.bincount"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.bincount(a, minlength=6)"
# torch_call = "torch.bincount(a, minlength=6)"
# ///
import numpy as np

a = np.array([1, 1, 3, 0, 3, 3])
w = np.array([0.5, 0.5, 1.0, 2.0, 1.0, 1.0])
result = {
    "counts": np.bincount(a, minlength=6),
    "weighted": np.bincount(a, weights=w),
}
print(result)
