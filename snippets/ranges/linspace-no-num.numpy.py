"""`np.linspace(0, 1)` quietly returns 50 points, its default `num`. `torch.linspace` has no default
for `steps`, so the same call raises {{ranges/linspace-no-num torch.error}}. Write the 50 out, as in
[the faithful translation](#linspace-fifty).
"""
# /// pair
# title = "linspace without a count: NumPy's default of 50"
# expect = "differs"
# difference = "torch.linspace requires steps: TypeError"
# order = 12
# see = ["ranges/linspace-fifty"]
# fix = "ranges/linspace-fifty"
# numpy_call = "np.linspace(0, 1)"
# torch_call = "torch.linspace(0, 1)  # TypeError"
# ///
import numpy as np

result = np.linspace(0, 1)
print(result.shape, result[:3])
