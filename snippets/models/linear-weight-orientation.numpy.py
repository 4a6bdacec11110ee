"""NumPy code commonly stores a layer's weight as (in_features, out_features) and computes `x @ W`.
`F.linear(x, W)` (like `torch.nn.Linear`) expects the weight as (out_features, in_features) and
computes `x @ W.T`. With different sizes the mismatch raises, but with a square weight nothing
stops the port, and the result is the product with the transpose: `[1, 3]` instead of `[1, 2]`
here. Transpose the weight when porting it, as in [the faithful
translation](#linear-weight-transposed).
"""
# /// pair
# title = "A NumPy weight stored as (in, out) passed to F.linear"
# expect = "differs"
# difference = "F.linear(x, W) computes x @ W.T; a square (in, out) weight gives a wrong result silently"
# see = ["models/linear-weight-transposed"]
# fix = "models/linear-weight-transposed"
# order = 17
# numpy_call = "x @ W"
# torch_call = "F.linear(x, W)"
# ///
import numpy as np

x = np.array([[1.0, 0.0]])
W = np.array([[1.0, 2.0], [3.0, 4.0]])
result = x @ W
print(result)
