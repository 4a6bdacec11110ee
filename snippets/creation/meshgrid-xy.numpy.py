"""`torch.meshgrid(x, y, indexing="xy")` reproduces NumPy's default: the grids have one row per
element of `y` and one column per element of `x`, so `gx` repeats `x` along the rows. Spelling out
`indexing="xy"` on the NumPy side too makes the intent visible to the next reader.
"""
# /// pair
# title = "meshgrid with indexing=\"xy\""
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.meshgrid(x, y, indexing=\"xy\")"
# torch_call = "torch.meshgrid(x, y, indexing=\"xy\")"
# ///
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10, 20])
gx, gy = np.meshgrid(x, y, indexing="xy")
print(gx.shape)
print(gx)
print(gy)
result = (gx, gy)
