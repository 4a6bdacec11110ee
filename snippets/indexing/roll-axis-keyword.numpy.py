"""`np.roll(a, shift, axis=0)` shifts the rows cyclically. `torch.roll` calls the argument `dims`
and, unlike most reductions, does not accept `axis=`: the call raises
{{indexing/roll-axis-keyword torch.error}} (its message is in the traceback below). Write `dims=0`,
as in [the faithful translation](#roll-dims).
"""
# /// pair
# title = "Rolling along an axis: torch.roll's keyword is dims"
# expect = "differs"
# difference = "torch.roll has no axis argument: TypeError"
# see = ["indexing/roll-dims"]
# fix = "indexing/roll-dims"
# order = 4
# numpy_call = "np.roll(a, 1, axis=0)"
# torch_call = "torch.roll(t, 1, axis=0)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = np.roll(a, 1, axis=0)
print(result)
