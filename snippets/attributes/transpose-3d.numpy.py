"""On an array with more than two dimensions NumPy's `.T` reverses all axes. PyTorch gives the
same shape and values here, but warns (on stderr) that `.T` on a tensor that is not 2-D is
deprecated and will become an error. Write `t.permute(*reversed(range(t.ndim)))` to reverse the
dimensions, or `t.mT` if only the last two should swap.
"""
# /// pair
# title = "Transpose of a 3-D array: .T reverses all axes"
# expect = "equal"
# order = 17
# numpy_call = "a.T"
# torch_call = "t.permute(*reversed(range(t.ndim)))"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a.T.shape)
result = a.T
