"""`np.array(5)` is a 0-d array holding 5. `torch.Tensor(5)`, the class called with an integer, reads
the integer as a size: it allocates a float32 vector of five elements without initialising them, so
its values are whatever the memory held (only the shape and the dtype are compared here;
`torch.Tensor(2, 3)` likewise gives an uninitialised 2×3 matrix). Use `torch.tensor(5)`, as in [the
faithful translation](#zero-dim-tensor).
"""
# /// pair
# title = "torch.Tensor(5) is an empty vector of five floats, not the number 5"
# expect = "differs"
# difference = "torch.Tensor with integers allocates a float32 tensor of that size"
# see = ["creation/zero-dim-tensor"]
# fix = "creation/zero-dim-tensor"
# order = 1
# numpy_call = "np.array(5)"
# torch_call = "torch.Tensor(5)"
# ///
import numpy as np

a = np.array(5)
result = (a.shape, a.dtype)
print(result)
