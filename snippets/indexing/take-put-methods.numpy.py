"""`a.take(idx)` reads at positions of the flattened array and `a.put(idx, values)` writes there
in place; PyTorch has `torch.take(t, idx)` and the in-place `t.put_(idx, values)`, with the same
flat indexing (`values` must be a tensor of the same dtype). With an axis, `a.take(idx, axis=1)` is
`t.index_select(1, idx)`. (`a.fill(v)` is [`t.fill_(v)`](views.md#fill-underscore).)
"""
# /// pair
# title = "Flat positions: the take and put methods"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "a.put([1, 5], [-1, -2])"
# torch_call = "a.put_(torch.tensor([1, 5]), torch.tensor([-1, -2]))"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
taken = a.take([0, 4])
columns = a.take([2, 0], axis=1)
a.put([1, 5], [-1, -2])
result = {"taken": taken, "columns": columns, "put": a}
print(result)
