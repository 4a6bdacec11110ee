"""`x.swapaxes(i, j)` exists on tensors (as do `transpose(i, j)` and `swapdims`). `x.transpose(axes)`
with a full permutation is `x.permute(axes)`, since `Tensor.transpose` takes exactly two dimensions;
`np.permute_dims` (NumPy 2.0) is `torch.permute`. `np.rollaxis(x, 2)` moves axis 2 to the front:
`torch.movedim(x, 2, 0)`. `np.linalg.matrix_transpose` swaps the last two axes, which is `x.mT`.
"""
# /// pair
# title = "Reordering axes: swapaxes, transpose, rollaxis, permute_dims"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 28
# numpy_call = "x.transpose(1, 2, 0)"
# torch_call = "x.permute(1, 2, 0)"
# ///
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
result = {
    "swapaxes": x.swapaxes(0, 2),
    "transpose": x.transpose(1, 2, 0),
    "permute_dims": np.permute_dims(x, (2, 0, 1)),
    "rollaxis": np.rollaxis(x, 2),
    "matrix_transpose": np.linalg.matrix_transpose(x),
}
print({k: v.shape for k, v in result.items()})
