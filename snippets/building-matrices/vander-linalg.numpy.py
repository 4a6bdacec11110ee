"""`torch.linalg.vander` is the linear-algebra module's Vandermonde matrix, and its columns run the
other way: increasing powers, `x**0` first, with no `increasing` argument to change that. Used as
a drop-in for `np.vander(x)`, it returns the columns reversed. Use `torch.vander(x)` (see
[Vandermonde matrices](#vander)), or flip with `torch.linalg.vander(x).flip(-1)`;
`torch.linalg.vander(x)` itself matches `np.vander(x, increasing=True)`.
"""
# /// pair
# title = "torch.linalg.vander puts the powers in increasing order"
# expect = "differs"
# difference = "torch.linalg.vander columns are in increasing powers"
# order = 19
# see = ["building-matrices/vander"]
# fix = "building-matrices/vander"
# numpy_call = "np.vander(x)"
# torch_call = "torch.linalg.vander(x)"
# ///
import numpy as np

x = np.array([1, 2, 3])
result = np.vander(x)
print(result)
