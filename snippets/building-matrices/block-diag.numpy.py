"""A block-diagonal matrix written with `np.block` needs explicit zero blocks of the right shapes.
`torch.block_diag` takes just the diagonal blocks, of any shapes, and fills in the zeros. (SciPy's
`scipy.linalg.block_diag` is the NumPy-world equivalent.)
"""
# /// pair
# title = "Block-diagonal matrices: torch.block_diag"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.block([[A, np.zeros((2, 1))], [np.zeros((1, 2)), B]])"
# torch_call = "torch.block_diag(A, B)"
# ///
import numpy as np

A = np.array([[1.0, 2.0], [3.0, 4.0]])
B = np.array([[5.0]])
result = np.block([[A, np.zeros((2, 1))], [np.zeros((1, 2)), B]])
print(result)
