"""`torch.tanh` computes the same values and records the operation, so the gradient can flow back
to `w` (the PyTorch side calls `backward()` to show it does).
"""
# /// pair
# title = "The PyTorch function on a tensor that requires grad"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.tanh(x @ w)"
# torch_call = "torch.tanh(x @ w)"
# ///
import numpy as np

x = np.array([[1.0, 2.0], [0.5, -1.0]])
w = np.array([0.3, -0.2])
result = np.tanh(x @ w)
print(result)
