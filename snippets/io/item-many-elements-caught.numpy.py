"""Catching `RuntimeError` around `t.item()` handles a tensor of several elements as
`except ValueError:` does around `a.item()`.
"""
# /// pair
# title = "Catching .item() on several elements: except RuntimeError"
# expect = "equal"
# order = 15
# numpy_call = "try: a.item() except ValueError: ..."
# torch_call = "try: t.item() except RuntimeError: ..."
# ///
import numpy as np

a = np.array([1.0, 2.0])
try:
    result = a.item()
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
