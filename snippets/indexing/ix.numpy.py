"""`np.ix_` turns a list of rows and a list of columns into index arrays shaped to broadcast
against each other, so `a[np.ix_(rows, cols)]` picks the whole sub-grid. PyTorch has no `ix_`;
the same broadcasting done by hand, a column of row indices with a row of column indices, picks
the same grid.
"""
# /// pair
# title = "Selecting a sub-grid: np.ix_"
# expect = "equal"
# order = 11
# numpy_call = "a[np.ix_(rows, cols)]"
# torch_call = "t[rows[:, None], cols]"
# ///
import numpy as np

a = np.arange(20).reshape(4, 5)
rows = np.array([0, 2, 3])
cols = np.array([1, 4])
result = a[np.ix_(rows, cols)]
print(result)
