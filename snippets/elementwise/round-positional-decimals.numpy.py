"""`np.round(x, 2)` rounds to two decimals. `torch.round(x, 2)` raises
{{elementwise/round-positional-decimals torch.error}} (its message is in the traceback below):
PyTorch accepts the number of decimals only as the keyword `decimals=`, as in
[the faithful translation](#round-decimals).
"""
# /// pair
# title = "np.round(x, 2): decimals must be a keyword in PyTorch"
# expect = "differs"
# difference = "torch.round takes decimals only as a keyword: TypeError"
# see = ["elementwise/round-decimals"]
# fix = "elementwise/round-decimals"
# order = 19
# numpy_call = "np.round(x, 2)"
# torch_call = "torch.round(x, 2)"
# ///
import numpy as np

x = np.array([2.675, 0.125, 1234.5678])
result = np.round(x, 2)
print(result)
