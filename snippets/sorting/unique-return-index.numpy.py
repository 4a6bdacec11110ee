"""`np.unique(..., return_index=True)` also returns where each unique value first occurs.
`torch.unique` has no `return_index` argument: the call raises
{{sorting/unique-return-index torch.error}}. [The faithful translation](#unique-first-index) derives
the first positions from the inverse indices.
"""
# /// pair
# title = "Unique values with first positions: no return_index in PyTorch"
# expect = "differs"
# difference = "torch.unique has no return_index"
# order = 15
# see = ["sorting/unique-first-index"]
# fix = "sorting/unique-first-index"
# numpy_call = "np.unique(a, return_index=True)"
# torch_call = "torch.unique(a, return_index=True)"
# ///
import numpy as np

a = np.array([4, 2, 4, 1, 2, 9])
values, first = np.unique(a, return_index=True)
print(values, first)
result = (values, first)
