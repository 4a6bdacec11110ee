"""`np.lexsort((secondary, primary))` sorts by the *last* key first and breaks ties with the
earlier ones. PyTorch has no `lexsort`; chain stable sorts instead, starting with the least
significant key: sort by the secondary key, then stably by the primary key (`stable=True`
matters: without it ties may be reordered).
"""
# /// pair
# title = "Sorting by several keys: np.lexsort"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "np.lexsort((first, surname))"
# torch_call = "o = torch.argsort(first, stable=True); o[torch.argsort(surname[o], stable=True)]"
# ///
import numpy as np

surname = np.array([2, 1, 2, 1, 3])
first = np.array([5, 9, 1, 4, 0])
result = np.lexsort((first, surname))
print(result)
