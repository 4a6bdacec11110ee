"""`diagflat` flattens its input first, so a 2×2 input gives a 4×4 diagonal matrix. PyTorch's
offset argument is called `offset` here (NumPy's is `k` again).
"""
# /// pair
# title = "Flatten onto a diagonal: diagflat"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.diagflat(m, k=1)"
# torch_call = "torch.diagflat(m, offset=1)"
# ///
import numpy as np

m = np.array([[1, 2], [3, 4]])
plain = np.diagflat(m)
shifted = np.diagflat(m, k=1)
print(shifted)
result = (plain, shifted)
