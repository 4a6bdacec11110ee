"""Passing the transpose, `W.T`, gives `F.linear` the (out_features, in_features) layout it expects,
and the result is NumPy's `x @ W + b`. When loading such weights into `torch.nn.Linear`, copy `W.T`
into `layer.weight` the same way.
"""
# /// pair
# title = "A NumPy (in, out) weight in F.linear: pass W.T"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "x @ W + b"
# torch_call = "F.linear(x, W.T, b)"
# ///
import numpy as np

x = np.array([[1.0, 0.0], [0.5, -1.0]])
W = np.array([[1.0, 2.0], [3.0, 4.0]])
b = np.array([0.1, -0.1])
result = x @ W + b
print(result)
