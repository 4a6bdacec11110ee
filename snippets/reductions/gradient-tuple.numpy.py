"""For a 1-D input, `np.gradient(y, h)` returns the derivative as an array. `torch.gradient` always
returns a tuple with one tensor per dimension, even for 1-D input, so ported arithmetic on the
result operates on a tuple (`2 * g` would repeat the tuple). The spacing must also be passed as the
keyword `spacing`: a second positional argument raises `TypeError`, as the PyTorch side shows
first. Take element 0, as in [the faithful translation](#gradient-first).
"""
# /// pair
# title = "np.gradient of one array returns an array; torch.gradient a tuple"
# expect = "differs"
# difference = "torch.gradient always returns a tuple, one tensor per dimension"
# see = ["reductions/gradient-first"]
# fix = "reductions/gradient-first"
# order = 31
# numpy_call = "np.gradient(y, 0.5)"
# torch_call = "torch.gradient(y, spacing=0.5)"
# ///
import numpy as np

y = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
result = np.gradient(y, 0.5)
print(type(result).__name__, result)
