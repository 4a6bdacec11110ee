"""Addition, subtraction and multiplication carry over unchanged, and so does the result dtype here:
int64 with int64 stays int64, and int64 with float64 gives float64 in both libraries.
"""
# /// pair
# title = "Arithmetic operators: +, -, *"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "a + b"
# torch_call = "a + b"
# ///
import numpy as np

a = np.array([7, -3, 2])
b = np.array([2, 5, -4])
x = np.array([0.5, 1.5, -2.0])
result = {"a + b": a + b, "a - b": a - b, "a * b": a * b, "a * x": a * x}
print(result)
