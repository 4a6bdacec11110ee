"""NumPy 2.1 added `np.cumulative_sum` and `np.cumulative_prod` (array-API names) beside
`np.cumsum` and the methods `.cumsum()` and `.cumprod()`. PyTorch has `torch.cumsum` and
`torch.cumprod`, which need `dim` even for 1-D input. `include_initial=True` prepends the
identity (0 or 1); in PyTorch, concatenate it.
"""
# /// pair
# title = "Running totals: cumulative_sum, cumulative_prod and the methods"
# expect = "equal"
# requires = {numpy = ">=2.1"}
# same_dtype = true
# order = 38
# numpy_call = "np.cumulative_sum(x, axis=1)"
# torch_call = "torch.cumsum(x, dim=1)"
# ///
import numpy as np

x = np.array([[1, 2, 3], [4, 5, 6]])
result = {
    "cumulative_sum": np.cumulative_sum(x, axis=1),
    "with_initial": np.cumulative_sum(x[0], include_initial=True),
    "cumulative_prod": np.cumulative_prod(x, axis=0),
    "cumsum_method": x.cumsum(axis=0),
    "cumprod_method": x.cumprod(axis=1),
}
print(result)
