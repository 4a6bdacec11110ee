"""The diagonals of a stack of matrices: `np.diagonal(a, axis1=-2, axis2=-1)` becomes
`torch.diagonal(a, dim1=-2, dim2=-1)` (the axes are called `dim1`/`dim2`). Both put the diagonal
in the last dimension. Without the axes both default to the first two dimensions, which for a
stack is rarely what is meant.
"""
# /// pair
# title = "Batched diagonals: diagonal with axes"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.diagonal(stack, axis1=-2, axis2=-1)"
# torch_call = "torch.diagonal(stack, dim1=-2, dim2=-1)"
# ///
import numpy as np

stack = np.arange(18).reshape(2, 3, 3)
result = np.diagonal(stack, axis1=-2, axis2=-1)
print(result)
