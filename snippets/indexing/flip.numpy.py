"""`torch.flip(t, dims)` reverses the listed dimensions, like a `::-1` slice on each of them
(or `np.flip`). One difference that the values do not show: NumPy's reversed slice is a view,
while `torch.flip` copies the data.
"""
# /// pair
# title = "Reversing: torch.flip"
# expect = "equal"
# order = 4
# numpy_call = "a[::-1], a[:, ::-1]"
# torch_call = "torch.flip(t, (0,)), t.flip(1)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
rows_reversed = a[::-1]
cols_reversed = a[:, ::-1]
both = np.flip(a)
print(rows_reversed, cols_reversed, both, sep="\n")
print("shares memory:", np.shares_memory(a, rows_reversed))
result = (rows_reversed, cols_reversed, both)
