"""The comparison operators work element by element and return boolean arrays in both libraries,
and the named functions match too: `np.less` is `torch.lt`, `np.greater_equal` is `torch.ge`, and
so on (PyTorch also accepts the long names `torch.less` and `torch.greater_equal`). An integer
array compared with a float scalar is compared by value in both.
"""
# /// pair
# title = "Element-wise comparisons"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.less(a, b)"
# torch_call = "torch.lt(a, b)"
# ///
import numpy as np

a = np.array([1, 5, 3, 7])
b = np.array([2, 5, 1, 8])
lt = np.less(a, b)
ge = np.greater_equal(a, b)
half = a > 2.5
print(lt, ge, half)
result = (lt, ge, half, a != b)
