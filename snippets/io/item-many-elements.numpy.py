"""`.item()` needs exactly one element on both sides. NumPy raises `ValueError` ("can only convert
an array of size 1"); PyTorch raises `RuntimeError`, so an `except ValueError:` carried over from
NumPy code does not catch it.
"""
# /// pair
# title = ".item() on several elements raises"
# expect = "both-raise"
# order = 15
# numpy_call = "a.item()"
# torch_call = "t.item()"
# ///
import numpy as np

a = np.array([1.0, 2.0])
result = a.item()
