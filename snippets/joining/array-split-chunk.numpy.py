"""`np.array_split(x, 4)` always returns 4 pieces, sizes differing by at most one: 2, 2, 1, 1 for
6 elements. `torch.chunk(x, 4)` makes pieces of `ceil(6 / 4) = 2` elements and may return
fewer than asked: here 3 pieces. [`torch.tensor_split`](#array-split-tensor-split) follows
NumPy's rule.
"""
# /// pair
# title = "Uneven pieces: np.array_split and torch.chunk"
# expect = "differs"
# difference = "torch.chunk may return fewer pieces, of a different size"
# order = 12
# see = ["joining/array-split-tensor-split"]
# fix = "joining/array-split-tensor-split"
# numpy_call = "np.array_split(x, 4)"
# torch_call = "torch.chunk(x, 4)"
# ///
import numpy as np

x = np.arange(6)
result = np.array_split(x, 4)
print(result)
