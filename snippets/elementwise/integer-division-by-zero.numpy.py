"""Integer floor division by zero gives 0 in NumPy, with a `RuntimeWarning` (in its output below),
and `%` by zero gives 0 the same way. PyTorch raises
{{elementwise/integer-division-by-zero torch.error}} (its message is in the traceback below) for
both on the CPU, so a port can crash on data that NumPy handled quietly.
[The faithful translation](#integer-division-by-zero-guarded) reproduces NumPy's zeros.
"""
# /// pair
# title = "Integer division by zero: 0 in NumPy, an error in PyTorch"
# expect = "differs"
# difference = "torch raises on integer division by zero"
# order = 32
# see = ["elementwise/integer-division-by-zero-guarded"]
# fix = "elementwise/integer-division-by-zero-guarded"
# numpy_call = "a // b"
# torch_call = "a // b"
# ///
import numpy as np

a = np.array([5, -5, 6])
b = np.array([0, 0, 4])
result = a // b
print(result)
