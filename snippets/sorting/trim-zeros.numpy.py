"""`np.trim_zeros(x)` drops the zeros at both ends of a 1-D array (`trim="f"` only the front,
`"b"` only the back). PyTorch has no such function: find the first and last non-zero positions
with `nonzero()` and slice. An all-zero input needs a guard (NumPy returns an empty array).
"""
# /// pair
# title = "Trimming leading and trailing zeros: np.trim_zeros"
# expect = "equal"
# same_dtype = true
# order = 35
# numpy_call = "np.trim_zeros(x)"
# torch_call = "nz = x.nonzero().flatten(); x[nz[0] : nz[-1] + 1]"
# ///
import numpy as np

x = np.array([0, 0, 4, 0, 2, 0])
result = {"both": np.trim_zeros(x), "front": np.trim_zeros(x, trim="f")}
print(result)
