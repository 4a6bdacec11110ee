"""`np.piecewise(x, conditions, functions)` applies each function where its condition holds (and
0 elsewhere). PyTorch has no `piecewise`; nested `torch.where` calls say the same thing. Unlike
`np.piecewise`, `torch.where` evaluates every branch on the whole tensor, so a branch that could
fail or produce NaN outside its piece must be guarded.
"""
# /// pair
# title = "Functions defined piece by piece: np.piecewise"
# expect = "equal"
# same_dtype = true
# order = 53
# numpy_call = "np.piecewise(x, [x < 0, (x >= 0) & (x < 1)], [lambda v: -v, lambda v: v**2, 1.0])"
# torch_call = "torch.where(x < 0, -x, torch.where(x < 1, x**2, 1.0))"
# ///
import numpy as np

x = np.linspace(-2.0, 2.0, 9)
result = np.piecewise(
    x, [x < 0, (x >= 0) & (x < 1)], [lambda v: -v, lambda v: v**2, 1.0]
)
print(result)
