"""`np.linalg.lstsq` returns four things: the solution, the residual sum of squares, the rank and
the singular values of `A`. `torch.linalg.lstsq` returns a named tuple with the same four fields,
but on CPU its default driver `'gelsy'` fills in only the solution and the rank: `residuals` and
`singular_values` come back empty. Pass `driver='gelsd'`, as in
[the faithful translation](#lstsq-gelsd), to get them.
"""
# /// pair
# title = "Least squares: what lstsq returns by default"
# expect = "differs"
# difference = "torch.linalg.lstsq's default CPU driver leaves residuals and singular values empty"
# see = ["linalg/lstsq-gelsd"]
# fix = "linalg/lstsq-gelsd"
# order = 18
# numpy_call = "np.linalg.lstsq(A, b)"
# torch_call = "torch.linalg.lstsq(A, b)"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
b = np.array([1.0, 2.0, 4.0])
solution, residuals, rank, singular_values = np.linalg.lstsq(A, b)
print(residuals, rank, singular_values)
result = (solution, residuals, rank, singular_values)
