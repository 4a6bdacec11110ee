"""Subtracting one boolean array from another is refused by both libraries, and both point to `^` or
a logical xor instead. The exception classes differ: NumPy raises
{{promotion/bool-minus-bool numpy.error}}, PyTorch {{promotion/bool-minus-bool torch.error}}, which
an `except TypeError:` does not catch ([caught](#bool-minus-bool-caught)).
"""
# /// pair
# title = "Boolean minus boolean: TypeError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{promotion/bool-minus-bool torch.error}}, which an except clause for {{promotion/bool-minus-bool numpy.error}} does not catch"
# fix = "promotion/bool-minus-bool-caught"
# order = 11
# numpy_call = "m - n"
# torch_call = "m - n"
# ///
import numpy as np

m = np.array([True, True, False, False])
n = np.array([True, False, True, False])
result = m - n
