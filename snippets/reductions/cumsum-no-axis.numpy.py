"""Without an axis, `np.cumsum` flattens its input and returns one running sum over all elements.
`torch.cumsum` has no such default: the dimension is a required argument and the call raises
`TypeError`. [The faithful translation](#cumsum-flatten) flattens explicitly.
"""
# /// pair
# title = "cumsum without an axis: NumPy flattens, PyTorch requires dim"
# expect = "differs"
# difference = "torch.cumsum requires dim"
# order = 5
# see = ["reductions/cumsum-flatten"]
# fix = "reductions/cumsum-flatten"
# numpy_call = "np.cumsum(m)"
# torch_call = "torch.cumsum(m)"
# ///
import numpy as np

m = np.array([[1, 2, 3], [4, 5, 6]])
result = np.cumsum(m)
print(result)
