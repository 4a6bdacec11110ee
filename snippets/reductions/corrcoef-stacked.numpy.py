"""`torch.stack([x, y])` puts the two variables in the rows of one matrix, which is what NumPy does
with its second argument; `torch.corrcoef` and `torch.cov` of that matrix give NumPy's 2×2 results.
"""
# /// pair
# title = "Correlation of two variables: stack them first"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "np.corrcoef(x, y)"
# torch_call = "torch.corrcoef(torch.stack([x, y]))"
# ///
import numpy as np

x = np.array([1.0, 2.0, 4.0, 7.0])
y = np.array([2.0, 1.0, 3.0, 3.0])
result = {"corrcoef": np.corrcoef(x, y), "cov": np.cov(x, y)}
print(result)
