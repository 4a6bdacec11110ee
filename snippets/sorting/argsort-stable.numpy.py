"""`kind="stable"` in NumPy corresponds to `stable=True` in PyTorch (for `torch.sort` and
`torch.argsort`). With it, equal keys keep their input order, so both libraries return the same
permutation.
"""
# /// pair
# title = "Stable argsort: kind=\"stable\" and stable=True"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.argsort(keys, kind=\"stable\")"
# torch_call = "torch.argsort(keys, stable=True)"
# ///
import numpy as np

keys = np.array([2, 1, 0, 1, 2] * 8)
order = np.argsort(keys, kind="stable")
print(order[:8])
result = order
