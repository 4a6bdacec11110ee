"""Raising an integer array to a negative integer power fails in both libraries with the same message,
`Integers to negative integer powers are not allowed.`: NumPy raises `ValueError`, PyTorch
`RuntimeError`. Use a float exponent or a float base, as in [the float pair](#power-float-exponent).
"""
# /// pair
# title = "Integer to a negative integer power: both raise"
# expect = "both-raise"
# order = 7
# see = ["elementwise/power-float-exponent"]
# numpy_call = "a ** -1"
# torch_call = "a ** -1"
# ///
import numpy as np

a = np.array([1, 2, 4])
result = a ** -1
