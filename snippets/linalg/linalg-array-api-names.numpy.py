"""NumPy 2.0 added array-API functions to `np.linalg`. Several have `torch.linalg` namesakes:
`torch.linalg.matmul`, `torch.linalg.diagonal`, `torch.linalg.vecdot` and `torch.linalg.cross`
(which, like `np.linalg.cross`, works on the last dimension). The others live at the top level:
`np.linalg.outer` is `torch.outer`, `np.linalg.tensordot` is `torch.tensordot` (with `axes=` spelled `dims=`), and
`np.linalg.trace`, which sums the diagonals of the last two axes of a stack, is
`torch.linalg.diagonal(x, offset=k).sum(-1)` (`torch.trace` takes only one 2-D matrix).
"""
# /// pair
# title = "np.linalg's array-API functions: matmul, outer, tensordot, trace, diagonal"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 31
# numpy_call = "np.linalg.trace(a, offset=1)"
# torch_call = "torch.linalg.diagonal(a, offset=1).sum(-1)"
# ///
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
m = np.arange(6.0).reshape(2, 3)
u = np.array([1.0, 2.0, 3.0])
w = np.array([0.0, 1.0, -1.0])
result = {
    "matmul": np.linalg.matmul(m, m.T),
    "outer": np.linalg.outer(u, w),
    "tensordot": np.linalg.tensordot(a, m, axes=([0, 1], [0, 1])),
    "trace": np.linalg.trace(a, offset=1),
    "diagonal": np.linalg.diagonal(a),
    "vecdot": np.linalg.vecdot(u, w),
    "cross": np.linalg.cross(u, w),
}
print(result)
