"""The same block repeated along the diagonal, without `np.kron`: in NumPy, write the block into
slices of a zero matrix; in PyTorch, unpack a list of copies into `torch.block_diag`. Both give a
6×6 matrix with three copies of the 2×2 block.
"""
# /// pair
# title = "One block repeated along the diagonal"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "result[i : i + 2, i : i + 2] = A  # for each i in range(0, 6, 2)"
# torch_call = "torch.block_diag(*[A] * 3)"
# ///
import numpy as np

A = np.array([[1, 2], [3, 4]])
copies = 3
result = np.zeros((2 * copies, 2 * copies), dtype=A.dtype)
for i in range(0, 2 * copies, 2):
    result[i : i + 2, i : i + 2] = A
print(result)
