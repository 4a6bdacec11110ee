"""The three classic activations are one call each in PyTorch: `torch.sigmoid`, `torch.tanh`
(also `np.tanh` in NumPy) and `torch.relu` for `np.maximum(x, 0)`. All work elementwise and keep
the input's dtype.
"""
# /// pair
# title = "Sigmoid, tanh and ReLU"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "1 / (1 + np.exp(-x)); np.tanh(x); np.maximum(x, 0)"
# torch_call = "torch.sigmoid(x); torch.tanh(x); torch.relu(x)"
# ///
import numpy as np

x = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])
result = {
    "sigmoid": 1 / (1 + np.exp(-x)),
    "tanh": np.tanh(x),
    "relu": np.maximum(x, 0),
}
for name, value in result.items():
    print(f"{name:8}", value.round(4))
