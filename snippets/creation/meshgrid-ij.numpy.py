"""With `indexing="ij"` both libraries return grids in matrix order: dimension 0 follows the first
input and dimension 1 the second, so `gx[i, j] == x[i]` and `gy[i, j] == y[j]`. This is the
order to use when the grids index an array, as in [np.fromfunction](#fromfunction).
"""
# /// pair
# title = "meshgrid with indexing=\"ij\""
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.meshgrid(x, y, indexing=\"ij\")"
# torch_call = "torch.meshgrid(x, y, indexing=\"ij\")"
# ///
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10, 20])
gx, gy = np.meshgrid(x, y, indexing="ij")
print(gx.shape)
print(gx)
print(gy)
result = (gx, gy)
