"""A fully connected layer stores its weight as `(out_features, in_features)` and computes
`x @ W.T + b`; `F.linear(x, W, b)` is that function, and `torch.nn.Linear` holds `W` and `b` as
parameters. When porting, keep the weight's orientation: a NumPy `W` stored as `(in, out)` for
`x @ W` must be transposed before it goes into `F.linear`.
"""
# /// pair
# title = "A linear layer: x @ W.T + b and F.linear"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "x @ W.T + b"
# torch_call = "F.linear(x, W, b)"
# ///
import numpy as np

x = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
W = np.array([[0.1, 0.2, 0.3], [-0.5, 0.0, 0.5]])
b = np.array([0.01, -0.02])
result = x @ W.T + b
print(result)
