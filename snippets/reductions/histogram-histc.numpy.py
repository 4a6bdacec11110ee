"""`torch.histc` counts values in equal-width bins between the data's minimum and maximum, like
`np.histogram` with an integer `bins`, and the last bin includes the maximum in both. It returns
only the counts, as floating-point numbers of the input's dtype, where NumPy returns int64 counts
and the bin edges.
"""
# /// pair
# title = "Histogram counts: np.histogram and torch.histc"
# expect = "equal"
# order = 23
# numpy_call = "np.histogram(x, bins=4)[0]"
# torch_call = "torch.histc(x, bins=4)"
# ///
import numpy as np

x = np.array([0.5, 1.5, 1.7, 3.9, 2.2, 0.1])
counts, edges = np.histogram(x, bins=4)
print(counts, counts.dtype)
result = counts
