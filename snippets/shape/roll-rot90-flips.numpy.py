"""`np.roll`, `np.rot90`, `np.fliplr` and `np.flipud` keep their names in PyTorch, with `axis`
spelled `dims`. `torch.roll` without `dims` flattens first, like NumPy without `axis`;
`torch.rot90(x, k, dims)` rotates in the plane of the first two dimensions by default, as NumPy
does. The PyTorch flips copy where NumPy returns views (see [views](views.md)).
"""
# /// pair
# title = "Rolling, rotating and flipping: roll, rot90, fliplr, flipud"
# expect = "equal"
# same_dtype = true
# order = 32
# numpy_call = "np.roll(x, -1, axis=1)"
# torch_call = "torch.roll(x, -1, dims=1)"
# ///
import numpy as np

x = np.arange(6).reshape(2, 3)
result = {
    "roll": np.roll(x, 1),
    "roll_axis1": np.roll(x, -1, axis=1),
    "rot90": np.rot90(x),
    "rot90_k3": np.rot90(x, 3),
    "fliplr": np.fliplr(x),
    "flipud": np.flipud(x),
}
print(result)
