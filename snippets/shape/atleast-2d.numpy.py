"""`np.atleast_2d` and `torch.atleast_2d` promote a scalar to shape `(1, 1)` and a vector of
length n to a `(1, n)` row, and leave arrays with two or more dimensions unchanged.
"""
# /// pair
# title = "At least two dimensions: atleast_2d"
# expect = "equal"
# same_dtype = true
# order = 24
# numpy_call = "np.atleast_2d(x)"
# torch_call = "torch.atleast_2d(x)"
# ///
import numpy as np

inputs = [np.array(5), np.arange(3), np.zeros((2, 2, 2))]
x = inputs[0]
result = [np.atleast_2d(x) for x in inputs]
print([r.shape for r in result])
