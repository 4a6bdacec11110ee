"""Testing `numel()` before reducing avoids depending on either library's exception class. The
classes differ for `amax` and `argmax` too: NumPy raises `ValueError` for both, PyTorch
`RuntimeError` and `IndexError`, as each side prints.
"""
# /// pair
# title = "max of a possibly empty tensor: test numel() first"
# expect = "equal"
# order = 22
# numpy_call = "x.max() if x.size else -np.inf"
# torch_call = "x.max() if x.numel() else -math.inf"
# ///
import numpy as np


result = []
for x in (np.array([3.0, 7.0]), np.array([])):
    result.append(x.max() if x.size else -np.inf)
print(result)
for name, reduce in [("amax", np.amax), ("argmax", np.argmax)]:
    try:
        reduce(np.array([]))
    except Exception as error:
        print(name, type(error).__name__)
