"""`np.random.normal(loc, scale, size)` corresponds to `torch.normal(mean, std, size=...)`, with
the size as a tuple (or to `torch.randn(size) * std + mean`). The pair compares the sample mean
and standard deviation of 100,000 draws, which should be near 2 and 3; `atol = 0.05` allows for
the sampling error of two different streams.
"""
# /// pair
# title = "Normal draws: np.random.normal and torch.normal"
# expect = "equal"
# atol = 0.05
# order = 6
# numpy_call = "np.random.normal(2.0, 3.0, n)"
# torch_call = "torch.normal(2.0, 3.0, size=(n,))"
# ///
import numpy as np

np.random.seed(0)
x = np.random.normal(2.0, 3.0, 100_000)
result = {"mean": x.mean(), "std": x.std()}
print(result)
