"""Swapping two axes is `np.swapaxes(a, i, j)` in NumPy and `torch.transpose(t, i, j)` in
PyTorch; `torch.swapaxes` and `torch.swapdims` are aliases with the same arguments.
"""
# /// pair
# title = "Swapping two axes: np.swapaxes and torch.transpose"
# expect = "equal"
# order = 10
# numpy_call = "np.swapaxes(a, 0, 2)"
# torch_call = "torch.transpose(t, 0, 2)"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
result = np.swapaxes(a, 0, 2)
print(result.shape)
