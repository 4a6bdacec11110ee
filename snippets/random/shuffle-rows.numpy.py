"""`np.random.shuffle(x)` reorders the rows of `x` in place. PyTorch has no shuffle function:
index with a random permutation, `x = x[torch.randperm(x.shape[0])]` (a new tensor; write
`x[:] = ...` to change the original). Rows move as a whole in both, so each row keeps its pair of
values.
"""
# /// pair
# title = "Shuffling rows: np.random.shuffle and indexing with randperm"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.random.shuffle(x)"
# torch_call = "x[:] = x[torch.randperm(x.shape[0])]"
# ///
import numpy as np

np.random.seed(0)
x = np.stack([np.arange(5), 10 * np.arange(5)], axis=1)
np.random.shuffle(x)
print(x[:, 0])
result = {"rows_intact": bool(np.all(x[:, 1] == 10 * x[:, 0])), "first_column": np.sort(x[:, 0])}
