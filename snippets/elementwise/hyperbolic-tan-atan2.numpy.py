"""`np.tan`, `np.sinh` and `np.cosh` keep their names. The quadrant-aware arctangent is
`np.arctan2(y, x)` or its NumPy 2 alias `np.atan2`; PyTorch spells it `torch.atan2` (or
`torch.arctan2`), with the same argument order: `y` first.
"""
# /// pair
# title = "tan, sinh, cosh and the two-argument arctangent"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 38
# numpy_call = "np.atan2(y, x)"
# torch_call = "torch.atan2(y, x)"
# ///
import numpy as np

x = np.array([-1.0, 0.0, 0.5, 2.0])
y = np.array([1.0, -1.0, -1.0, 1.0])
result = {
    "tan": np.tan(x),
    "sinh": np.sinh(x),
    "cosh": np.cosh(x),
    "atan2": np.atan2(y, x),
}
print(result)
