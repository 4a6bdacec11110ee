"""Called without axes, `np.transpose` reverses all dimensions. `torch.transpose` is a different
function: it swaps exactly two dimensions and requires both, so the name-for-name port raises
`TypeError`. Reversing or reordering all dimensions is
[`Tensor.permute`](#transpose-permute).
"""
# /// pair
# title = "np.transpose without axes and torch.transpose"
# expect = "differs"
# difference = "torch.transpose needs two dimensions; it raises TypeError"
# order = 8
# see = ["shape/transpose-permute"]
# fix = "shape/transpose-permute"
# numpy_call = "np.transpose(a)"
# torch_call = "torch.transpose(t)"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
result = np.transpose(a)
print(result.shape)
