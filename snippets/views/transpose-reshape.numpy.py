"""`reshape` behaves the same in both libraries: a view when the layout allows, otherwise a
copy. On a transpose it copies, so the values come out in the transposed order.
"""
# /// pair
# title = "Flattening a transpose with reshape"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "a.T.reshape(-1)"
# torch_call = "a.T.reshape(-1)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = a.T.reshape(-1)
print(result)
