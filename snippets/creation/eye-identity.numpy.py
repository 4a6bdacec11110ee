"""`np.eye(n)` and `np.identity(n)` become `torch.eye(n)`; a second size gives a rectangular matrix
with ones on the main diagonal in both. PyTorch has no `identity` function, and its `eye` is
float32 unless told otherwise.
"""
# /// pair
# title = "Identity matrices: eye and identity"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.eye(3)"
# torch_call = "torch.eye(3, dtype=torch.float64)"
# ///
import numpy as np

square = np.identity(3)
wide = np.eye(2, 4)
print(square)
print(wide)
result = (square, wide)
