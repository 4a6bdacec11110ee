"""The older `torch.svd` returns `V`, not `Vh`, and reduced factors by default (`some=True`).
Unpacking it as `U, S, Vh` and multiplying back as for NumPy uses `V` where `V.T` belongs, and the
"reconstruction" is a different matrix. Use `torch.linalg.svd`, which returns `Vh` like NumPy, as
in [the faithful translation](#svd-reconstruct).
"""
# /// pair
# title = "torch.svd returns V, not Vh"
# expect = "differs"
# difference = "torch.svd returns V; treating it as Vh gives a wrong product"
# see = ["linalg/svd-reconstruct"]
# fix = "linalg/svd-reconstruct"
# order = 25
# numpy_call = "np.linalg.svd(M)"
# torch_call = "torch.svd(M)"
# ///
import numpy as np

M = np.array([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0], [2.0, 0.0, 5.0]])
U, S, Vh = np.linalg.svd(M)
result = U * S @ Vh
print(result)
