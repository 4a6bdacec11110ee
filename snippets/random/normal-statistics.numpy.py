"""`np.random.normal(loc, scale, size)` corresponds to `torch.normal(mean, std, size=...)`, with the
size as a tuple (or to `torch.randn(size) * std + mean`). The pair compares the sample mean and the
population standard deviation (`std()` in NumPy, `std(correction=0)` in PyTorch) of 1,000,000 draws
on each side, which should be near 2 and 3. The difference between two independent sample means has
a standard error of about 0.0042 (3 × √(2 / 10⁶)), and between the two standard deviations about
0.003; `atol = 0.02` with `rtol = 0` is more than four of either.
"""
# /// pair
# title = "Normal draws: np.random.normal and torch.normal"
# expect = "equal"
# rtol = 0
# atol = 0.02
# order = 6
# numpy_call = "np.random.normal(2.0, 3.0, n)"
# torch_call = "torch.normal(2.0, 3.0, size=(n,), dtype=torch.float64)"
# ///
import numpy as np

np.random.seed(0)
n = 1_000_000
x = np.random.normal(2.0, 3.0, n)
result = {"mean": x.mean(), "std": x.std()}
print(result)
