"""Stacking arrays of different shapes fails in both libraries, but with different exception
classes, so error handling written for NumPy's `ValueError` lets PyTorch's `RuntimeError` through:
catch `RuntimeError` in the port ([caught](#stack-mismatched-caught)).
"""
# /// pair
# title = "Stacking arrays of different shapes: ValueError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{joining/stack-mismatched torch.error}}, which an except clause for {{joining/stack-mismatched numpy.error}} does not catch"
# fix = "joining/stack-mismatched-caught"
# order = 5
# numpy_call = "np.stack([a, b])"
# torch_call = "torch.stack([a, b])"
# ///
import numpy as np

a = np.zeros(2)
b = np.zeros(3)
result = np.stack([a, b])
