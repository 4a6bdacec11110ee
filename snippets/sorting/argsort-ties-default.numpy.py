"""Neither library's default sort promises an order for equal keys. On these 40 keys with many
ties, both defaults return a valid sorting permutation (each side prints the first keys in sorted
order), but which tied position comes first is left to the implementation: the build saw the two
orders differ, and another machine, thread count or release may order the ties otherwise. Code that
relies on ties staying in input order (sorting records by one key, then by another) needs a stable
sort on both sides, as in [the faithful translation](#argsort-stable).
"""
# /// pair
# title = "argsort with ties: the default order of equal keys"
# expect = "differs"
# difference = "the order of tied keys is unspecified and differs"
# order = 8
# see = ["sorting/argsort-stable"]
# fix = "sorting/argsort-stable"
# numpy_call = "np.argsort(keys)"
# torch_call = "torch.argsort(keys)"
# ///
import numpy as np

keys = np.array([2, 1, 0, 1, 2] * 8)
order = np.argsort(keys)
print(order[:8])
print(keys[order][:8])
result = order
