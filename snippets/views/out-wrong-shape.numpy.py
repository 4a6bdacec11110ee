"""An `out=` buffer of the wrong shape is an error in NumPy (the output must broadcast with the
inputs). PyTorch instead resizes the buffer to the result's shape and only emits a deprecation
`UserWarning`; the buffer silently becomes a different tensor shape. If the code relied on the
error, check the shape first ([keep the error](#out-shape-checked)); otherwise allocate `out` with
the result's shape, as in [the out= pair](#out-argument), or drop `out=` altogether.
"""
# /// pair
# title = "out= with the wrong shape: NumPy raises, PyTorch resizes"
# expect = "differs"
# difference = "torch resizes a wrongly shaped out= tensor (with a warning) instead of raising"
# order = 8
# see = ["views/out-shape-checked", "views/out-argument"]
# fix = "views/out-shape-checked"
# numpy_call = "np.add(a, 1, out=small)"
# torch_call = "torch.add(a, 1, out=small)"
# ///
import numpy as np

a = np.arange(4.0)
small = np.zeros(2)
np.add(a, 1, out=small)
result = small
print(result)
