"""`.float()` converts the float64 data to the layer's float32. The outputs then agree with NumPy's
float64 computation within the reference's default tolerance; for float64 all the way, make the
layer float64 instead (`nn.Linear(3, 2, dtype=torch.float64)` or `layer.double()`).
"""
# /// pair
# title = "float64 NumPy data into nn.Linear: convert with .float()"
# expect = "equal"
# order = 18
# numpy_call = "x @ W.T + b"
# torch_call = "layer(torch.from_numpy(x).float())"
# ///
import numpy as np

x = np.array([[0.1, 0.2, 0.3], [1.5, -0.5, 2.0]])
W = np.array([[0.5, -1.25, 2.0], [1.0, 0.25, -0.75]])
b = np.array([0.5, -1.0])
result = x @ W.T + b
print(result.dtype, result)
