"""Catching `RuntimeError` around `torch.diag` handles the 3-D input as `except ValueError:` does
around `np.diag`.
"""
# /// pair
# title = "Catching diag of a 3-D array: except RuntimeError"
# expect = "equal"
# order = 5
# numpy_call = "try: np.diag(stack) except ValueError: ..."
# torch_call = "try: torch.diag(stack) except RuntimeError: ..."
# ///
import numpy as np

stack = np.ones((2, 3, 3))
try:
    result = np.diag(stack)
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
