"""Both libraries put NaN after every number, `-inf` included, when sorting in ascending order, and
`argsort` places the NaN positions last as well. Reversing the sorted array (or sorting with
`descending=True` in PyTorch) therefore puts NaN first.
"""
# /// pair
# title = "Sorting with NaN: NaN goes last"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.sort(x)"
# torch_call = "torch.sort(x).values"
# ///
import numpy as np

x = np.array([3.0, np.nan, 1.0, -np.inf, np.nan, 2.0])
values = np.sort(x)
order = np.argsort(x)
print(values)
print(order)
result = (values, order)
