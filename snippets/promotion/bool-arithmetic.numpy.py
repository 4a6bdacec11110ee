"""Booleans follow the same rules on both sides. `+` and `*` between two boolean arrays stay
boolean and act as logical or / and (True + True is True, not 2); adding a Python int or summing
turns them into int64 counts.
"""
# /// pair
# title = "Boolean arithmetic: + and * stay bool, sums count"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "m + n; m.sum()"
# torch_call = "m + n; m.sum()"
# ///
import numpy as np

m = np.array([True, True, False, False])
n = np.array([True, False, True, False])
result = {"m + n": m + n, "m * n": m * n, "m + 1": m + 1, "m.sum()": m.sum()}
for key, value in result.items():
    print(f"{key:8} {value} {value.dtype}")
