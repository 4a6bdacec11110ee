"""`np.linalg.multi_dot([A, B, C])` multiplies in the cheapest order; `torch.linalg.multi_dot` does
the same. `np.linalg.tensorinv(a, ind)` and `np.linalg.tensorsolve(a, b)` are
`torch.linalg.tensorinv(a, ind)` and `torch.linalg.tensorsolve(a, b)`, with the same argument
conventions.
"""
# /// pair
# title = "Chained products and tensor equations: multi_dot, tensorinv, tensorsolve"
# expect = "equal"
# same_dtype = true
# order = 33
# numpy_call = "np.linalg.multi_dot([A, B, C])"
# torch_call = "torch.linalg.multi_dot([A, B, C])"
# ///
import numpy as np

A = np.arange(1.0, 7.0).reshape(2, 3)
B = np.arange(1.0, 13.0).reshape(3, 4)
C = np.arange(1.0, 5.0).reshape(4, 1)
T = np.eye(6).reshape(6, 2, 3) * 2 + np.arange(36.0).reshape(6, 2, 3) / 100
b = np.arange(6.0)
result = {
    "multi_dot": np.linalg.multi_dot([A, B, C]),
    "tensorinv": np.linalg.tensorinv(T, ind=1),
    "tensorsolve": np.linalg.tensorsolve(T, b),
}
print(result)
