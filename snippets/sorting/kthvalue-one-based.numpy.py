"""`np.partition(a, k)` puts the element of sorted position `k` (counting from 0) at index `k`, so
`np.partition(a, 2)[2]` is the third smallest. `torch.kthvalue(a, k)` counts from 1: with the same
`k` it returns the second smallest. Add one to `k`, as in [the faithful translation](#kthvalue).
"""
# /// pair
# title = "k-th smallest: np.partition counts from 0, torch.kthvalue from 1"
# expect = "differs"
# difference = "torch.kthvalue's k is 1-based"
# order = 10
# see = ["sorting/kthvalue"]
# fix = "sorting/kthvalue"
# numpy_call = "np.partition(a, k)[k]"
# torch_call = "torch.kthvalue(a, k).values"
# ///
import numpy as np

a = np.array([7, 2, 9, 4, 1, 8])
k = 2
result = np.partition(a, k)[k]
print(result)
