"""`np.take(a, idx, axis=1)` accepts negative positions and counts them from the end. Its usual
translation, [`torch.index_select`](#index-select), does not: a `-1` in the index raises
{{indexing/index-select-negative torch.error}} (its message is in the traceback below). Plain
indexing, `t[:, idx]`, accepts negative positions, as in
[the faithful translation](#take-axis-negative).
"""
# /// pair
# title = "torch.index_select rejects negative indices"
# expect = "differs"
# difference = "torch.index_select raises for a negative index"
# see = ["indexing/take-axis-negative"]
# fix = "indexing/take-axis-negative"
# order = 14
# numpy_call = "np.take(a, [-1, 0], axis=1)"
# torch_call = "torch.index_select(t, 1, torch.tensor([-1, 0]))"
# ///
import numpy as np

a = np.array([[30, 10, 20], [5, 15, 0]])
result = np.take(a, [-1, 0], axis=1)
print(result)
