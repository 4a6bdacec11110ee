"""`np.linspace(..., retstep=True)` also returns the spacing. `torch.linspace` has no `retstep`;
the spacing is `(end - start) / (steps - 1)`, computed here as a Python float, or read off the
result as `points[1] - points[0]`.
"""
# /// pair
# title = "linspace with its spacing: retstep"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.linspace(2, 3, 5, retstep=True)"
# torch_call = "torch.linspace(2, 3, 5, dtype=torch.float64), (3 - 2) / (5 - 1)"
# ///
import numpy as np

points, step = np.linspace(2, 3, 5, retstep=True)
print(points, step)
result = (points, float(step))
