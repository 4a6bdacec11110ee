"""With three arguments, `where(condition, x, y)` takes `x` where the condition holds and `y`
elsewhere, broadcasting all three. `torch.where` behaves the same, and with two tensors of one
dtype the result keeps that dtype.
"""
# /// pair
# title = "Choosing by condition: where(c, x, y)"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.where(x > 0, x, 0.0)"
# torch_call = "torch.where(x > 0, x, 0.0)"
# ///
import numpy as np

x = np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
result = np.where(x > 0, x, np.array([0.0, 0.5, 1.0]))
print(result)
