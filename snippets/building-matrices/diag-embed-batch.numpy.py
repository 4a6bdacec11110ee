"""Turning each row of a 2-D array into its own diagonal matrix has no single NumPy function; a
common idiom multiplies by the identity with broadcasting. PyTorch has `torch.diag_embed`, which
places the last dimension on the diagonal of new trailing matrices, for any number of batch
dimensions.
"""
# /// pair
# title = "A stack of diagonal matrices: torch.diag_embed"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "rows[:, :, None] * np.eye(3, dtype=rows.dtype)"
# torch_call = "torch.diag_embed(rows)"
# ///
import numpy as np

rows = np.array([[1, 2, 3], [4, 5, 6]])
result = rows[:, :, None] * np.eye(3, dtype=rows.dtype)
print(result)
