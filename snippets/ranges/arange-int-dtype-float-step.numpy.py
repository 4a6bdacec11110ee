"""Asking for an integer dtype with a fractional step gives a surprising range in both libraries,
and not the same one. NumPy takes the length from the float arguments (4 here), then steps from
`int(0)` by the difference `int(0 + 1.5) - int(0)`, which is 1, so it stops at
{{ranges/arange-int-dtype-float-step numpy.result[-1]}}. PyTorch appears to truncate the step itself
to 1 and counts up to the end, {{ranges/arange-int-dtype-float-step torch.result[-1]}} (with a step
of 0.5 it raises an error, the truncated step being zero). Neither is the float range cast to
integers; compute that explicitly, as in [the faithful translation](#arange-float-then-cast).
"""
# /// pair
# title = "Integer dtype with a float step: two different surprises"
# expect = "differs"
# difference = "with an int dtype, torch.arange truncates the step before counting"
# order = 9
# see = ["ranges/arange-float-then-cast"]
# fix = "ranges/arange-float-then-cast"
# numpy_call = "np.arange(0, 5, 1.5, dtype=np.int64)"
# torch_call = "torch.arange(0, 5, 1.5, dtype=torch.int64)"
# ///
import numpy as np

result = np.arange(0, 5, 1.5, dtype=np.int64)
print(result)
