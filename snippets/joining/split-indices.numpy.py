"""Given a list, `np.split` reads it as the positions to cut at: `[2, 5]` cuts a length-7 array
into `[0:2]`, `[2:5]` and `[5:7]`. `torch.split` reads a list as the sizes of the pieces: two
pieces, of 2 and 5 elements. Cutting at positions is
[`torch.tensor_split`](#split-indices-tensor-split).
"""
# /// pair
# title = "Splitting at positions: np.split(x, [2, 5])"
# expect = "differs"
# difference = "torch.split reads a list as piece sizes, not cut positions"
# order = 10
# see = ["joining/split-indices-tensor-split"]
# fix = "joining/split-indices-tensor-split"
# numpy_call = "np.split(x, [2, 5])"
# torch_call = "torch.split(x, [2, 5])"
# ///
import numpy as np

x = np.arange(7)
result = np.split(x, [2, 5])
print(result)
