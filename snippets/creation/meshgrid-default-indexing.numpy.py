"""With a 3-element `x` and a 2-element `y`, `np.meshgrid(x, y)` returns 2×3 grids: its default
`indexing="xy"` puts `y` along the rows, as in plotting. `torch.meshgrid(x, y)` defaults to
`indexing="ij"` and returns 3×2 grids, with a warning that the argument will become required. Always
pass `indexing`: `"xy"` to match NumPy's default (see [meshgrid with indexing="xy"](#meshgrid-xy)),
`"ij"` for matrix order.
"""
# /// pair
# title = "meshgrid: the default indexing differs"
# expect = "differs"
# difference = "np.meshgrid defaults to indexing=\"xy\", torch.meshgrid to \"ij\""
# order = 17
# see = ["creation/meshgrid-xy", "creation/meshgrid-ij"]
# fix = "creation/meshgrid-xy"
# numpy_call = "np.meshgrid(x, y)"
# torch_call = "torch.meshgrid(x, y)"
# ///
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10, 20])
gx, gy = np.meshgrid(x, y)
print(gx.shape)
print(gx)
result = (gx, gy)
