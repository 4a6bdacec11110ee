"""Keeping only diagonal `k` of a matrix of ones reproduces `np.eye(n, m, k=k)` for any shape and
any `k`, negative ones included: `triu(k)` clears everything below that diagonal and `tril(k)`
everything above it.
"""
# /// pair
# title = "A shifted identity: ones(...).triu(k).tril(k)"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.eye(3, 4, k=1)"
# torch_call = "torch.ones(3, 4, dtype=torch.float64).triu(1).tril(1)"
# ///
import numpy as np

above = np.eye(3, 4, k=1)
below = np.eye(3, 4, k=-2)
print(above)
print(below)
result = (above, below)
