"""`torch.kthvalue(a, k + 1)` gives the same element as `np.partition(a, k)[k]`. Like `torch.sort`, it
returns a `(values, indices)` named tuple; the index is the element's position in `a`, which
`np.argpartition(a, k)[k]` also gives.
"""
# /// pair
# title = "k-th smallest: torch.kthvalue(a, k + 1)"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.partition(a, k)[k]"
# torch_call = "torch.kthvalue(a, k + 1).values"
# ///
import numpy as np

a = np.array([7, 2, 9, 4, 1, 8])
k = 2
value = np.partition(a, k)[k]
position = np.argpartition(a, k)[k]
print(value, position)
result = (value, position)
