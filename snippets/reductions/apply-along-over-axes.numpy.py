"""`np.apply_along_axis(f, axis, a)` calls `f` on every 1-D slice. PyTorch has no such function:
if `f` is built from tensor operations, give it a `dim` argument and call it once (fastest), or
map it over the slices with `torch.func.vmap`, as here. `np.apply_over_axes(np.sum, a, axes)`
reduces over several axes keeping them: `a.sum(dim=axes, keepdim=True)`.
"""
# /// pair
# title = "Applying a function along axes: apply_along_axis, apply_over_axes"
# expect = "equal"
# same_dtype = true
# order = 43
# numpy_call = "np.apply_along_axis(spread, 1, a)"
# torch_call = "torch.func.vmap(torch.func.vmap(spread, in_dims=1))(a)"
# ///
import numpy as np

a = np.arange(12.0).reshape(2, 3, 2)


def spread(v):
    return v.max() - v.min()


result = {
    "along": np.apply_along_axis(spread, 1, a),
    "over": np.apply_over_axes(np.sum, a, [0, 2]),
}
print(result)
