"""NumPy data is float64 unless someone asked otherwise, and `torch.from_numpy` keeps that, while
`nn.Linear` (like every `torch.nn` layer) creates float32 parameters. Feeding one to the other
raises {{models/linear-float64-input torch.error}}: the matrix product wants one dtype. The NumPy
layer, written as `x @ W.T + b`, computes in float64 without complaint. Convert the data to the
layer's dtype, as in [the faithful translation](#linear-float64-input-float).
"""
# /// pair
# title = "float64 NumPy data into a float32 nn.Linear"
# expect = "differs"
# difference = "a float32 nn.Linear raises for float64 input; NumPy's x @ W.T + b takes any float"
# fix = "models/linear-float64-input-float"
# see = ["models/linear-layer"]
# order = 18
# numpy_call = "x @ W.T + b"
# torch_call = "layer(torch.from_numpy(x))"
# ///
import numpy as np

x = np.array([[0.1, 0.2, 0.3], [1.5, -0.5, 2.0]])
W = np.array([[0.5, -1.25, 2.0], [1.0, 0.25, -0.75]])
b = np.array([0.5, -1.0])
result = x @ W.T + b
print(result.dtype, result)
