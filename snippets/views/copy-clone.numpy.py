"""`np.copy(a)` (or `a.copy()`) translates to `a.clone()`: new memory with the same values, so
writes to the copy stay in the copy. `torch.clone` also keeps the autograd history, which
`np.copy` has no notion of; add `.detach()` for a plain snapshot.
"""
# /// pair
# title = "An independent copy: np.copy and .clone()"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.copy(a)"
# torch_call = "a.clone()"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
c = np.copy(a)
c[0] = 100.0
result = (a, c)
print(a, c)
