"""Singular vectors are determined only up to sign: flipping a column of `U` together with the
matching row of `Vh` leaves the product unchanged. For this 2×3 matrix NumPy and PyTorch return
the same singular values but the first columns of `U` (and rows of `Vh`) with opposite signs, so
comparing the factors directly fails. Compare reconstructions or singular values, as in
[the faithful translation](#svd-reconstruct).
"""
# /// pair
# title = "SVD factors: signs are not unique"
# expect = "differs"
# difference = "singular vectors can come back with opposite signs"
# see = ["linalg/svd-reconstruct"]
# fix = "linalg/svd-reconstruct"
# order = 23
# numpy_call = "np.linalg.svd(M)"
# torch_call = "torch.linalg.svd(M)"
# ///
import numpy as np

M = np.array([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0]])
U, S, Vh = np.linalg.svd(M)
print(U)
result = (U, S, Vh)
