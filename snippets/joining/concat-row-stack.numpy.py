"""`np.concat` (NumPy 2.0) is the array-API name of `np.concatenate`, and PyTorch has
`torch.concat` (and `torch.cat`). `np.row_stack` is a deprecated alias of `np.vstack` (it warns
with `DeprecationWarning` since NumPy 2.0); PyTorch still has `torch.row_stack` without a warning,
but `torch.vstack` is the name to port to.
"""
# /// pair
# title = "Other spellings of joining: np.concat and np.row_stack"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 26
# numpy_call = "np.concat([a, b], axis=0)"
# torch_call = "torch.concat([a, b], dim=0)"
# ///
import numpy as np

a = np.array([[1, 2]])
b = np.array([[3, 4], [5, 6]])
result = {
    "concat": np.concat([a, b], axis=0),
    "row_stack": np.row_stack([np.array([7, 8]), a]),
}
print(result)
