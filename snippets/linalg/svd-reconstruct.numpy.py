"""`torch.linalg.svd` mirrors `np.linalg.svd`: it returns `U`, `S` and `Vh` (already transposed),
with full square `U` and `Vh` unless `full_matrices=False`. The reduced factors rebuild the matrix
as `U * S @ Vh` in both libraries, and that product, unlike the factors, does not depend on sign
choices.
"""
# /// pair
# title = "SVD: compare reconstructions, not factors"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.linalg.svd(M, full_matrices=False)"
# torch_call = "torch.linalg.svd(M, full_matrices=False)"
# ///
import numpy as np

M = np.array([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0]])
U, S, Vh = np.linalg.svd(M, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
result = {"singular_values": S, "rebuilt": U * S @ Vh, "full_U_shape": np.linalg.svd(M)[0].shape}
