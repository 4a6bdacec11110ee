"""`np.linalg.inv` and `np.linalg.pinv` map to `torch.linalg.inv` and `torch.linalg.pinv`
(`torch.inverse` is an alias of the former). The pseudo-inverse also exists for singular and
non-square matrices; with their default cut-off for small singular values, both give the same
result here.
"""
# /// pair
# title = "Inverse and pseudo-inverse"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.linalg.inv(A)"
# torch_call = "torch.linalg.inv(A)"
# ///
import numpy as np

A = np.array([[4.0, 7.0], [2.0, 6.0]])
S = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]])
result = {"inv": np.linalg.inv(A), "pinv_singular": np.linalg.pinv(S)}
print(result)
