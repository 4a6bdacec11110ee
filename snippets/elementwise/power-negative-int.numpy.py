"""Raising an integer array to a negative integer power fails in both libraries with the same
message, but NumPy raises {{elementwise/power-negative-int numpy.error}} and PyTorch
{{elementwise/power-negative-int torch.error}}, so an `except ValueError:` carried over misses it
([caught](#power-negative-int-caught)). To compute the powers, use a float exponent or a float base,
as in [the float pair](#power-float-exponent).
"""
# /// pair
# title = "Integer to a negative integer power: ValueError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{elementwise/power-negative-int torch.error}}, which an except clause for {{elementwise/power-negative-int numpy.error}} does not catch"
# fix = "elementwise/power-negative-int-caught"
# order = 7
# see = ["elementwise/power-float-exponent"]
# numpy_call = "a ** -1"
# torch_call = "a ** -1"
# ///
import numpy as np

a = np.array([1, 2, 4])
result = a ** -1
