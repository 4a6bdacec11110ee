"""`np.linalg.svd(M, compute_uv=False)` returns only the singular values. `torch.linalg.svd` has no
`compute_uv` and raises {{linalg/svd-compute-uv torch.error}} (its message is in the traceback
below). PyTorch has a separate function for it, as in [the faithful translation](#svdvals).
"""
# /// pair
# title = "Singular values only: compute_uv=False has no PyTorch keyword"
# expect = "differs"
# difference = "torch.linalg.svd has no compute_uv argument: TypeError"
# see = ["linalg/svdvals"]
# fix = "linalg/svdvals"
# order = 24
# numpy_call = "np.linalg.svd(M, compute_uv=False)"
# torch_call = "torch.linalg.svd(M, compute_uv=False)"
# ///
import numpy as np

M = np.array([[3.0, 1.0], [1.0, 2.0]])
result = np.linalg.svd(M, compute_uv=False)
print(result)
