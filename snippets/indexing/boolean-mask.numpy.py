"""A boolean mask of the same shape selects the matching elements as a 1-D result, in row-major
order, and assigning through a mask writes only those elements. Both work the same way on
tensors, with the `torch.bool` mask that a comparison returns.
"""
# /// pair
# title = "Boolean masks"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "a[a > 4]"
# torch_call = "t[t > 4]"
# ///
import numpy as np

a = np.arange(9).reshape(3, 3)
selected = a[a > 4]
a[a % 2 == 0] = -1
print(selected)
print(a)
result = (selected, a)
