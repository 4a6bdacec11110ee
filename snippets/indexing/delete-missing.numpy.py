"""`np.delete(a, idx)` returns a copy without the listed positions. PyTorch has no `torch.delete`,
so the literal port raises {{indexing/delete-missing torch.error}}. Keep the other positions with a
boolean mask, as in [the faithful translation](#delete-mask).
"""
# /// pair
# title = "np.delete has no PyTorch counterpart"
# expect = "differs"
# difference = "torch has no delete: AttributeError"
# see = ["indexing/delete-mask"]
# fix = "indexing/delete-mask"
# order = 18
# numpy_call = "np.delete(a, [1, 3])"
# torch_call = "torch.delete(t, [1, 3])  # AttributeError"
# ///
import numpy as np

a = np.array([10, 20, 30, 40, 50])
result = np.delete(a, [1, 3])
print(result)
