"""`np.digitize(x, bins)` returns, for increasing `bins`, the index `i` with
`bins[i-1] <= x < bins[i]`. `torch.bucketize(x, boundaries)` uses the opposite convention by
default (`boundaries[i-1] < x <= boundaries[i]`), so the two flags are crossed:
`np.digitize(x, bins)` is `torch.bucketize(x, bins, right=True)`, and
`np.digitize(x, bins, right=True)` is `torch.bucketize(x, bins)`. Values equal to a bin edge
(1.0 and 3.0 here) show the difference.
"""
# /// pair
# title = "Which bin each value falls in: np.digitize and torch.bucketize"
# expect = "equal"
# same_dtype = true
# order = 42
# numpy_call = "np.digitize(x, bins)"
# torch_call = "torch.bucketize(x, bins, right=True)"
# ///
import numpy as np

bins = np.array([1.0, 2.0, 3.0])
x = np.array([0.5, 1.0, 1.5, 3.0, 4.0])
result = {
    "left_closed": np.digitize(x, bins),
    "right_closed": np.digitize(x, bins, right=True),
}
print(result)
