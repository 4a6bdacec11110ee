"""`np.random.uniform(low, high, size)` has no single-call twin in PyTorch; fill a tensor with
`torch.empty(size).uniform_(low, high)` or scale `torch.rand`. Both draw from `[low, high)`. The
streams differ, so the pair compares statistics of 100,000 draws: the mean (3.5 in theory), the
standard deviation (about 0.866) and the range, within `atol = 0.01`.
"""
# /// pair
# title = "Uniform draws: np.random.uniform and Tensor.uniform_"
# expect = "equal"
# atol = 0.01
# order = 5
# numpy_call = "np.random.uniform(2, 5, n)"
# torch_call = "torch.empty(n).uniform_(2, 5)"
# ///
import numpy as np

np.random.seed(0)
x = np.random.uniform(2, 5, 100_000)
result = {"mean": x.mean(), "std": x.std(), "min": x.min(), "max": x.max()}
print(result)
