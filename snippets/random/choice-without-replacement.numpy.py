"""`np.random.choice(n, k, replace=False)` picks `k` distinct values; `torch.multinomial` with
uniform weights does the same by default, and `torch.randperm(n)[:k]` is another spelling. The
picks themselves differ between libraries, so the pair checks that there are `k` distinct values,
all in range.
"""
# /// pair
# title = "Sampling without replacement"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.random.choice(10, 4, replace=False)"
# torch_call = "torch.multinomial(torch.ones(10), 4)"
# ///
import numpy as np

np.random.seed(0)
picks = np.random.choice(10, 4, replace=False)
print(picks)
result = {"distinct": len(np.unique(picks)), "in_range": bool(np.all((picks >= 0) & (picks < 10)))}
