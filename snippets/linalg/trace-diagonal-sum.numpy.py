"""`torch.diagonal(a, dim1=0, dim2=1)` moves the diagonal of the first two dimensions to the last
dimension, and summing that dimension gives `np.trace(a)`. For a stack of matrices in the last two
dimensions, NumPy's `np.trace(a, axis1=-2, axis2=-1)` becomes `torch.diagonal(a, dim1=-2,
dim2=-1).sum(-1)`.
"""
# /// pair
# title = "Trace over chosen axes: torch.diagonal, then sum"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.trace(a)"
# torch_call = "torch.diagonal(a, dim1=0, dim2=1).sum(-1)"
# ///
import numpy as np

a = np.arange(12.0).reshape(2, 2, 3)
result = (np.trace(a), np.trace(a.reshape(3, 2, 2), axis1=-2, axis2=-1))
print(result)
