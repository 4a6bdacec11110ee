"""Stacking arrays of different shapes fails in both libraries, but with different exception
classes: `ValueError` in NumPy, `RuntimeError` in PyTorch. Error handling around `stack` must
be adapted when porting.
"""
# /// pair
# title = "Stacking arrays of different shapes raises in both"
# expect = "both-raise"
# order = 5
# numpy_call = "np.stack([a, b])"
# torch_call = "torch.stack([a, b])"
# ///
import numpy as np

a = np.zeros(2)
b = np.zeros(3)
result = np.stack([a, b])
