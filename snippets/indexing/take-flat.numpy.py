"""Without an axis, `np.take` indexes the array as if it were flattened in row-major order.
`torch.take` does the same, and the result takes the shape of the index.
"""
# /// pair
# title = "Taking from the flattened array: np.take and torch.take"
# expect = "equal"
# order = 12
# numpy_call = "np.take(a, idx)"
# torch_call = "torch.take(t, idx)"
# ///
import numpy as np

a = np.arange(10, 22).reshape(3, 4)
idx = np.array([[0, 5], [11, 6]])
result = np.take(a, idx)
print(result)
