"""`torch.linalg.svdvals(M)` returns the singular values in descending order, as `np.linalg.svd(M,
compute_uv=False)` does, for stacks of matrices too.
"""
# /// pair
# title = "Singular values only: torch.linalg.svdvals"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.linalg.svd(M, compute_uv=False)"
# torch_call = "torch.linalg.svdvals(M)"
# ///
import numpy as np

M = np.array([[3.0, 1.0], [1.0, 2.0]])
result = np.linalg.svd(M, compute_uv=False)
print(result)
