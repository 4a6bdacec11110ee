"""Comparing arrays whose shapes do not broadcast is an error in both libraries, not a lone `False`.
NumPy raises {{logic/compare-shape-mismatch numpy.error}} and PyTorch raises
{{logic/compare-shape-mismatch torch.error}}, so an `except` clause written for NumPy does not catch
PyTorch's ([caught](#compare-shape-mismatch-caught)).
"""
# /// pair
# title = "Comparing arrays of incompatible shapes"
# expect = "differs"
# difference = "PyTorch raises {{logic/compare-shape-mismatch torch.error}}, which an except clause for {{logic/compare-shape-mismatch numpy.error}} does not catch"
# fix = "logic/compare-shape-mismatch-caught"
# order = 3
# numpy_call = "a == b"
# torch_call = "a == b"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([1, 2])
result = a == b
