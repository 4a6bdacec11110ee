"""The port of a NumPy program that catches the failed broadcast catches `RuntimeError`: both
sides then refuse the addition the same way.
"""
# /// pair
# title = "Catching a failed broadcast: except RuntimeError"
# expect = "equal"
# order = 2
# numpy_call = "try: X + v except ValueError: ..."
# torch_call = "try: X + v except RuntimeError: ..."
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
v = np.array([10, 20, 30, 40])
try:
    result = X + v
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
