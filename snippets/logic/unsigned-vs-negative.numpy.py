"""NumPy 2 compares an unsigned array with a negative Python integer by value: every `uint8` is
greater than `-1`. PyTorch first converts the Python integer to the tensor's dtype, so `-1` wraps
around to 255 and `x > -1` is `False` everywhere (likewise `256` becomes 0). Compare in a signed
dtype, as in [the faithful translation](#unsigned-vs-negative-widened).
"""
# /// pair
# title = "An unsigned array compared with a negative integer"
# expect = "differs"
# difference = "torch wraps -1 to 255 before comparing with a uint8 tensor"
# see = ["logic/unsigned-vs-negative-widened"]
# fix = "logic/unsigned-vs-negative-widened"
# order = 4
# numpy_call = "x > -1"
# torch_call = "x > -1"
# ///
import numpy as np

x = np.array([0, 200, 255], dtype=np.uint8)
print(x > -1)
print(x == -1)
result = x > -1
