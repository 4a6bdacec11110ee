"""`torch.vander` follows `np.vander` closely: by default the columns hold decreasing powers, from
`x**(N-1)` down to `x**0`, `N` sets the number of columns and `increasing=True` reverses the order.
Integer input stays integer in both. (The newer `torch.linalg.vander` does not share this default:
see [its column order](#vander-linalg).)
"""
# /// pair
# title = "Vandermonde matrices: vander"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.vander(x, 4)"
# torch_call = "torch.vander(x, N=4)"
# ///
import numpy as np

x = np.array([1, 2, 3])
default = np.vander(x)
four_columns = np.vander(x, 4)
increasing = np.vander(x, increasing=True)
print(default)
print(four_columns)
result = (default, four_columns, increasing)
