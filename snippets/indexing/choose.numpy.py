"""`np.choose(idx, choices)` takes, at each position, the element of the choice array that `idx`
names there; the method `idx.choose(choices)` is the same function. PyTorch has no `choose`: stack
the choices along a new first dimension and `torch.gather` along it with the index (given the same
extra dimension, then removed). For two choices, `torch.where` is simpler.
"""
# /// pair
# title = "Picking per element from several arrays: np.choose"
# expect = "equal"
# order = 19
# old_ids = ["indexing/choose-method"]
# numpy_call = "np.choose(idx, [c0, c1, c2])"
# torch_call = "torch.stack([c0, c1, c2]).gather(0, idx[None])[0]"
# ///
import numpy as np

c0 = np.array([1, 2, 3, 4])
c1 = np.array([10, 20, 30, 40])
c2 = np.array([100, 200, 300, 400])
idx = np.array([0, 2, 1, 2])
result = (np.choose(idx, [c0, c1, c2]), idx.choose([c0, c1, c2]))
print(result)
