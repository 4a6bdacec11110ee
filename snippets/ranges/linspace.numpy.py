"""`np.linspace(start, stop, num)` becomes `torch.linspace(start, end, steps)`: evenly spaced
points with both ends included. The values agree; pass `dtype=torch.float64` to get NumPy's
float64 rather than float32.
"""
# /// pair
# title = "Evenly spaced points: linspace"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.linspace(0, 1, 5)"
# torch_call = "torch.linspace(0, 1, 5, dtype=torch.float64)"
# ///
import numpy as np

result = np.linspace(0, 1, 5)
print(result)
