"""`Tensor.apply_` calls a Python function on every element, in place. It matches the vectorised form
here, but it runs in the Python interpreter one element at a time and works only on CPU tensors: use
it to port a scalar function quickly, then replace it.
"""
# /// pair
# title = "Logistic sigmoid: element by element with Tensor.apply_"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "1 / (1 + np.exp(-z))"
# torch_call = "z.clone().apply_(lambda v: 1 / (1 + math.exp(-v)))"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
z = X @ w
result = 1 / (1 + np.exp(-z))
print(result)
