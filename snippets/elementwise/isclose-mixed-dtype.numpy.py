"""Comparing a float32 array with a float64 one is routine in NumPy, which promotes both.
`torch.isclose` and `torch.allclose` require the same dtype and raise
{{elementwise/isclose-mixed-dtype torch.error}} (its message is in the traceback below); an integer
tensor against a float one fails the same way. Convert one side, as in
[the faithful translation](#isclose-mixed-dtype-cast).
"""
# /// pair
# title = "isclose across dtypes: PyTorch raises"
# expect = "differs"
# difference = "torch.isclose requires both inputs to have the same dtype"
# order = 30
# see = ["elementwise/isclose-mixed-dtype-cast"]
# fix = "elementwise/isclose-mixed-dtype-cast"
# numpy_call = "np.isclose(a, b)"
# torch_call = "torch.isclose(a, b)"
# ///
import numpy as np

a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
b = np.array([0.1, 0.2, 0.3])
result = np.isclose(a, b)
print(result)
