"""With `correction=0`, PyTorch returns 0.0 for a single element like NumPy. The other way round,
NumPy's `ddof=1` also gives NaN for one element; it warns with a `RuntimeWarning` about the degrees
of freedom, as PyTorch does with its `UserWarning`.
"""
# /// pair
# title = "Standard deviation of one element: matching the correction"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "x.std(ddof=0)"
# torch_call = "x.std(correction=0)"
# ///
import numpy as np

x = np.array([5.0])
result = {"population": x.std(), "sample": x.std(ddof=1)}
print(result)
