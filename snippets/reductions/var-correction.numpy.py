"""NumPy's `ddof` is PyTorch's `correction`: `ddof=0` becomes `correction=0`, and `ddof=1` is PyTorch's
default. (`unbiased=False` is the older spelling of `correction=0`.)
"""
# /// pair
# title = "Variance and standard deviation: ddof and correction"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "x.var(ddof=0)"
# torch_call = "x.var(correction=0)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0])
result = {
    "var": x.var(),
    "std": x.std(),
    "sample var": x.var(ddof=1),
    "sample std": x.std(ddof=1),
}
print(result)
