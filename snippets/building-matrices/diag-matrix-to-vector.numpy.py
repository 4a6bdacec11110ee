"""Given a matrix, `diag` goes the other way and extracts the diagonal, in both libraries and for
rectangular matrices too. `M.diagonal()` (or `torch.diagonal(M)`) gives the same values. The
memory behaviour differs: `torch.diag(M)` returns a copy, `M.diagonal()` a view that can be
written to, while both NumPy forms return a read-only view.
"""
# /// pair
# title = "The diagonal of a matrix: diag and diagonal"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.diag(M)"
# torch_call = "torch.diag(M)"
# ///
import numpy as np

M = np.arange(12).reshape(3, 4)
by_diag = np.diag(M)
by_diagonal = M.diagonal()
print(by_diag, by_diagonal)
result = (by_diag, by_diagonal)
