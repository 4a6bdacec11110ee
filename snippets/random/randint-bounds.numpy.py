"""`np.random.randint(low, high, size)` and `torch.randint(low, high, size)` both draw from `[low,
high)`: the upper bound is excluded, and both return `int64`. PyTorch's `size` must be a tuple even
for one dimension (see [the integer size pair](#randint-size-int)). Over 10,000 draws every value
from 0 to 5 appears and 6 never does.
"""
# /// pair
# title = "Random integers: the upper bound is exclusive"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.random.randint(0, 6, size=n)"
# torch_call = "torch.randint(0, 6, (n,))"
# ///
import numpy as np

np.random.seed(0)
n = 10_000
x = np.random.randint(0, 6, size=n)
result = np.unique(x)
print(result, x.dtype)
