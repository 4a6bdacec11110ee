"""Trigonometric functions keep their names, except the inverses: NumPy's `arcsin`, `arccos`, `arctan`
and `arctan2` are `torch.asin`, `torch.acos`, `torch.atan` and `torch.atan2` (the `arc...` spellings
exist as aliases). `atan2` takes `y` first, like NumPy, and picks the quadrant from both signs.
"""
# /// pair
# title = "Trigonometry: sin, cos, arctan2 and atan2"
# expect = "equal"
# same_dtype = true
# atol = 1e-12
# order = 15
# numpy_call = "np.arctan2(y, x)"
# torch_call = "torch.atan2(y, x)"
# ///
import numpy as np

x = np.array([1.0, -1.0, -1.0, 0.0])
y = np.array([1.0, 1.0, -1.0, 2.0])
result = {
    "sin": np.sin(x),
    "cos": np.cos(x),
    "arcsin": np.arcsin(x / 2),
    "arctan2": np.arctan2(y, x),
    "degrees": np.rad2deg(np.arctan2(y, x)),
    "hypot": np.hypot(x, y),
}
print(result)
