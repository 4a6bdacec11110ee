"""Converting the integers to float64 lets `torch.histc` bin them, with the same three equal-width
bins between the minimum and the maximum that `np.histogram` uses, so the counts agree. They come
back as float64 counts, where NumPy's are int64 (the dtypes are not compared here).
"""
# /// pair
# title = "Histogram of integers: convert to floating point for torch.histc"
# expect = "equal"
# order = 25
# numpy_call = "np.histogram(a, bins=3)[0]"
# torch_call = "torch.histc(a.double(), bins=3)"
# ///
import numpy as np

a = np.array([1, 2, 2, 3, 3, 3])
result = np.histogram(a, bins=3)[0]
print(result, result.dtype)
