"""The integer in `np.split(x, 3)` is a number of sections: 3 equal pieces. The integer in
`torch.split(x, 3)` is a piece size: pieces of 3 elements. On 6 elements NumPy returns three
pieces of 2 and PyTorch two pieces of 3. Ask for a number of pieces with
[`torch.tensor_split`](#split-tensor-split) or `torch.chunk`.
"""
# /// pair
# title = "np.split(x, 3) and torch.split(x, 3)"
# expect = "differs"
# difference = "torch.split's integer is the size of each piece, not their number"
# order = 8
# see = ["joining/split-tensor-split"]
# fix = "joining/split-tensor-split"
# numpy_call = "np.split(x, 3)"
# torch_call = "torch.split(x, 3)"
# ///
import numpy as np

x = np.arange(6)
result = np.split(x, 3)
print(result)
