"""NumPy names the diagonal offset `k`; PyTorch's `torch.diag` calls it `diagonal`, so
`torch.diag(v, k=1)` raises {{building-matrices/diag-offset-keyword torch.error}} (its message is in
the traceback below). Pass the offset positionally or as `diagonal=`, as in
[the faithful translation](#diag-offset).
"""
# /// pair
# title = "Diagonal offset: k= is not accepted by torch.diag"
# expect = "differs"
# difference = "torch.diag names the offset diagonal=, not k="
# order = 3
# see = ["building-matrices/diag-offset"]
# fix = "building-matrices/diag-offset"
# numpy_call = "np.diag(v, k=1)"
# torch_call = "torch.diag(v, k=1)  # TypeError"
# ///
import numpy as np

v = np.array([1, 2, 3])
result = np.diag(v, k=1)
print(result)
