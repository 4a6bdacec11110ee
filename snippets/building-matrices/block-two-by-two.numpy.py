"""`np.block` assembles a matrix from a nested list of blocks. PyTorch has no `block`; concatenate
each block row along the columns (`dim=1`) and then stack the rows (`dim=0`). Both check that the
block sizes fit and raise otherwise.
"""
# /// pair
# title = "Assembling blocks: np.block and nested torch.cat"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.block([[A, B], [C, D]])"
# torch_call = "torch.cat([torch.cat([A, B], dim=1), torch.cat([C, D], dim=1)], dim=0)"
# ///
import numpy as np

A = np.full((2, 2), 1)
B = np.full((2, 3), 2)
C = np.full((1, 2), 3)
D = np.full((1, 3), 4)
result = np.block([[A, B], [C, D]])
print(result)
