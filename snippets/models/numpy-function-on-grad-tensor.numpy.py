"""A half-finished port often keeps a NumPy function or two: `np.tanh(x @ w)` runs on tensors
(NumPy converts them, and hands a tensor back), so the port seems to work, until `w` becomes a
parameter that requires grad. NumPy then has to turn it into an array, which PyTorch refuses:
{{models/numpy-function-on-grad-tensor torch.error}}. Replace the NumPy function by its PyTorch
counterpart, as in [the faithful translation](#numpy-function-on-grad-tensor-torch).
"""
# /// pair
# title = "A NumPy function left in a port, on a tensor that requires grad"
# expect = "differs"
# difference = "NumPy functions cannot convert a tensor that requires grad: RuntimeError"
# fix = "models/numpy-function-on-grad-tensor-torch"
# see = ["io/numpy-requires-grad"]
# order = 13
# numpy_call = "np.tanh(x @ w)"
# torch_call = "np.tanh(x @ w)  # w requires grad"
# ///
import numpy as np

x = np.array([[1.0, 2.0], [0.5, -1.0]])
w = np.array([0.3, -0.2])
result = np.tanh(x @ w)
print(result)
