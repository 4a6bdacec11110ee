"""`Tensor.reshape` returns a view when it can and a copy otherwise, like NumPy's `reshape`, so
flattening a transpose works and gives the elements in the transpose's row-major order.
"""
# /// pair
# title = "reshape on a transposed tensor copies"
# expect = "equal"
# order = 6
# numpy_call = "a.T.reshape(-1)"
# torch_call = "t.T.reshape(-1)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = a.T.reshape(-1)
print(result)
print("shares memory:", np.shares_memory(a, result))
