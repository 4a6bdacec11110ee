"""`np.random.uniform(low, high, size)` has no single-call twin in PyTorch; fill a tensor with
`torch.empty(size).uniform_(low, high)` or scale `torch.rand`. Both draw from `[low, high)`. The
floats differ between the libraries, so the pair compares statistics of 1,000,000 draws on each
side: the mean (3.5 in theory), the population standard deviation (`std()` in NumPy,
`std(correction=0)` in PyTorch, about 0.866) and the range. The two sample means are independent
estimates whose difference has a standard error of about 0.0012 (0.866 × √(2 / 10⁶)); the
tolerance, `atol = 0.005` with `rtol = 0`, is about four of those, and the standard deviations and
ends of the range vary much less.
"""
# /// pair
# title = "Uniform draws: np.random.uniform and Tensor.uniform_"
# expect = "equal"
# rtol = 0
# atol = 0.005
# order = 5
# numpy_call = "np.random.uniform(2, 5, n)"
# torch_call = "torch.empty(n, dtype=torch.float64).uniform_(2, 5)"
# ///
import numpy as np

np.random.seed(0)
n = 1_000_000
x = np.random.uniform(2, 5, n)
result = {"mean": x.mean(), "std": x.std(), "min": x.min(), "max": x.max()}
print(result)
