"""`Tensor.to(dtype, copy=True)` always returns a new tensor, like NumPy's default `astype`;
`t.clone()` does the same when the dtype is already right. Conversely, NumPy's
`astype(dtype, copy=False)` behaves like PyTorch's default and may return the array itself.
"""
# /// pair
# title = "Converting to a separate copy: .to(dtype, copy=True)"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "b = a.astype(np.float64)"
# torch_call = "b = t.to(torch.float64, copy=True)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
b = a.astype(np.float64)
b[0] = 99.0
print(b is a)
result = a
print(result)
