"""`np.select(conditions, choices, default)` takes, at each position, the choice of the first
condition that holds. PyTorch has no counterpart (`torch.select` is an unrelated function,
shown [next](#torch-select)); nested `torch.where` calls, innermost for the last condition, give
the same first-match-wins result.
"""
# /// pair
# title = "First matching condition: np.select"
# expect = "equal"
# order = 20
# numpy_call = "np.select([x < 0, x < 2], [-x, x * 10], default=99)"
# torch_call = "torch.where(x < 0, -x, torch.where(x < 2, x * 10, 99))"
# ///
import numpy as np

x = np.arange(-3, 4)
result = np.select([x < 0, x < 2], [-x, x * 10], default=99)
print(result)
