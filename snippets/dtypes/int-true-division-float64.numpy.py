"""Converting the integer tensor to float64 before dividing reproduces NumPy's result, dtype
included. `counts.double() / 3` and `counts.to(torch.float64) / 3` are the same thing;
`torch.true_divide` and `torch.div` follow the same promotion as `/`.
"""
# /// pair
# title = "Integer / integer: convert with .double() first"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "counts / 3"
# torch_call = "counts.double() / 3"
# ///
import numpy as np

counts = np.array([1, 2, 10])
result = counts / 3
print(result, result.dtype)
