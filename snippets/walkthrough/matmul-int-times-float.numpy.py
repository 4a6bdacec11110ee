"""The input matrix holds integers and the weights are floats. NumPy promotes the product to float64
without a word; PyTorch's matrix product does not promote and raises
{{walkthrough/matmul-int-times-float torch.error}} (its message is in the traceback below). Convert
the inputs to the weights' dtype where they meet ([convert, then multiply](#matmul-int-cast)), or
create them as floats in the first place ([the faithful translation](#matmul-dot-at)).
"""
# /// pair
# title = "Integer matrix times float weights: NumPy promotes, PyTorch raises"
# expect = "differs"
# difference = "torch's matrix product does not promote int64 @ float64; it raises"
# order = 6
# see = ["walkthrough/matmul-dot-at"]
# fix = "walkthrough/matmul-int-cast"
# numpy_call = "np.dot(X, w)  # int64, float64"
# torch_call = "X @ w  # int64, float64"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
result = np.dot(X, w)
print(result.dtype)
