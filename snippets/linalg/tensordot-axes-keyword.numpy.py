"""`np.tensordot(a, b, axes=1)` with the keyword ports to a `TypeError`: `torch.tensordot()` got an
unexpected keyword argument `axes`. The same values work under the name `dims`, as in [the faithful
translation](#tensordot-axes-dims).
"""
# /// pair
# title = "tensordot(axes=...): PyTorch's keyword is dims"
# expect = "differs"
# difference = "torch.tensordot has no axes argument: TypeError"
# see = ["linalg/tensordot-axes-dims"]
# fix = "linalg/tensordot-axes-dims"
# order = 6
# numpy_call = "np.tensordot(a, b, axes=1)"
# torch_call = "torch.tensordot(a, b, axes=1)"
# ///
import numpy as np

a = np.arange(6.0).reshape(2, 3)
b = np.arange(6.0).reshape(3, 2)
result = np.tensordot(a, b, axes=1)
print(result)
