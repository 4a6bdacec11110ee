"""A transpose is a view with swapped strides, so it is not C-contiguous. `np.ascontiguousarray`
translates to `.contiguous()`: both return a C-ordered copy when needed and the input itself
when it already is contiguous (no copy, hence shared memory).
"""
# /// pair
# title = "Contiguous layout: np.ascontiguousarray and .contiguous()"
# expect = "equal"
# order = 18
# numpy_call = "np.ascontiguousarray(a.T)"
# torch_call = "a.T.contiguous()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
before = a.T.flags["C_CONTIGUOUS"]
after = np.ascontiguousarray(a.T).flags["C_CONTIGUOUS"]
unchanged = np.ascontiguousarray(a) is a
result = (before, after, unchanged)
print(before, after, unchanged)
