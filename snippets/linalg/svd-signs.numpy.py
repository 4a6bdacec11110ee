"""Singular vectors are determined only up to sign: flipping a column of `U` together with the
matching row of `Vh` leaves the product unchanged. Which sign each library returns depends on its
LAPACK routine and the machine: on the one that built this page the singular values agreed and
some vectors came back with opposite signs (the comparison under the pair shows the first one), so
comparing the factors directly fails. Compare reconstructions or singular values, as in [the
faithful translation](#svd-reconstruct).
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
