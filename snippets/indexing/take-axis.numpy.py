"""`torch.take` only ever indexes the flattened tensor: it has no `axis` argument, so porting
`np.take(a, idx, axis=1)` name for name raises {{indexing/take-axis torch.error}}. Picking along one
dimension is [`torch.index_select`](#index-select).
"""
# /// pair
# title = "np.take along an axis: torch.take has no axis"
# expect = "differs"
# difference = "torch.take has no axis argument; it raises TypeError"
# order = 13
# see = ["indexing/index-select"]
# fix = "indexing/index-select"
# numpy_call = "np.take(a, idx, axis=1)"
# torch_call = "torch.take(t, idx, axis=1)"
# ///
import numpy as np

a = np.arange(12).reshape(3, 4)
idx = np.array([3, 0])
result = np.take(a, idx, axis=1)
print(result)
