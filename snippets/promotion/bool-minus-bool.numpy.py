"""Subtracting one boolean array from another is refused by both libraries, and both point to
`^` or a logical xor instead. The exception classes differ: NumPy raises `TypeError`, PyTorch
`RuntimeError`.
"""
# /// pair
# title = "Boolean minus boolean raises in both"
# expect = "both-raise"
# order = 11
# numpy_call = "m - n"
# torch_call = "m - n"
# ///
import numpy as np

m = np.array([True, True, False, False])
n = np.array([True, False, True, False])
result = m - n
