"""`np.select(conditions, choices, default)` takes, at each position, the choice of the first
condition that holds. PyTorch has no counterpart (`torch.select` is an unrelated function,
shown [next](#torch-select)); nested `torch.where` calls, innermost for the last condition, give
the same first-match-wins result.
"""
# /// pair
# title = "First matching condition: np.select"
# expect = "equal"
# order = 20
# numpy_call = "np.select([c1, c2], [v1, v2], default)"
# torch_call = "torch.where(c1, v1, torch.where(c2, v2, default))"
# ///
import numpy as np

x = np.arange(-3, 4)
result = np.select([x < 0, x < 2], [-x, x * 10], default=99)
print(result)
