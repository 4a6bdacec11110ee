"""`dstack` joins along the third axis, first turning 1-D and 2-D inputs into 3-D the way
`atleast_3d` does; `column_stack` makes vectors the columns of a matrix. PyTorch has both
functions with the same behaviour.
"""
# /// pair
# title = "dstack and column_stack"
# expect = "equal"
# order = 7
# numpy_call = "np.dstack([a, b]), np.column_stack([a, b])"
# torch_call = "torch.dstack([a, b]), torch.column_stack([a, b])"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
d = np.dstack([a, b])
c = np.column_stack([a, b])
print(d.shape, c.shape)
result = (d, c)
