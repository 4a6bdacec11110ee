"""The function forms `np.ravel(x)`, `np.ndim(x)` and `np.size(x)` become `torch.ravel(x)`,
`x.ndim` (or `x.dim()`) and `x.numel()`. `np.size(x, axis)` counts along one axis: `x.size(dim)`
or `x.shape[dim]`. Careful: `Tensor.size()` without an argument returns the shape, not the element
count (see [attributes](attributes.md)).
"""
# /// pair
# title = "Shape queries as functions: np.ravel, np.ndim, np.size"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.size(x)"
# torch_call = "x.numel()"
# ///
import numpy as np

x = np.arange(6).reshape(2, 3)
result = {
    "ravel": np.ravel(x),
    "ndim": np.ndim(x),
    "size": np.size(x),
    "size_axis1": np.size(x, 1),
}
print(result)
