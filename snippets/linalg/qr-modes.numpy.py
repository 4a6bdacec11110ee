"""`np.linalg.qr` and `torch.linalg.qr` both default to the reduced factorisation (`Q` is 3×2 for a
3×2 matrix) and accept `mode='complete'`. Here they return identical factors, signs included.
With `mode='r'` NumPy returns only `R`, while
PyTorch still returns a pair whose `Q` is an empty tensor.
"""
# /// pair
# title = "QR decomposition and its modes"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.linalg.qr(A)"
# torch_call = "torch.linalg.qr(A)"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
Q, R = np.linalg.qr(A)
Q_full, R_full = np.linalg.qr(A, mode="complete")
R_only = np.linalg.qr(A, mode="r")
print(Q.shape, Q_full.shape, R_full.shape)
result = {"Q": Q, "R": R, "Q_full": Q_full, "R_only": R_only}
