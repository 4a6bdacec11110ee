"""`np.random.permutation(n)` corresponds to `torch.randperm(n)`: a random ordering of
`0 .. n-1` as `int64`. To permute an array, NumPy's `permutation(x)` becomes
`x[torch.randperm(len(x))]`. The orders differ between the libraries, so the pair checks that
each result is a permutation: sorted, it gives back the original values.
"""
# /// pair
# title = "Random permutations: permutation and randperm"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.random.permutation(x)"
# torch_call = "x[torch.randperm(len(x))]"
# ///
import numpy as np

np.random.seed(0)
order = np.random.permutation(6)
x = np.array([10, 20, 30, 40, 50])
shuffled = np.random.permutation(x)
print(order, shuffled)
result = (np.sort(order), np.sort(shuffled))
