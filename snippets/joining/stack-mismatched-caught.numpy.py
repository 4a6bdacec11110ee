"""Catching `RuntimeError` around `torch.stack` handles arrays of different shapes as
`except ValueError:` does around `np.stack`.
"""
# /// pair
# title = "Catching a stack of different shapes: except RuntimeError"
# expect = "equal"
# order = 5
# numpy_call = "try: np.stack([a, b]) except ValueError: ..."
# torch_call = "try: torch.stack([a, b]) except RuntimeError: ..."
# ///
import numpy as np

a = np.zeros(2)
b = np.zeros(3)
try:
    result = np.stack([a, b])
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
