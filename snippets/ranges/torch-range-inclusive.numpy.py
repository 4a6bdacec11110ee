"""`torch.range` looks like the translation of `np.arange`, but it includes the end point: from 0
to 4 it gives five values, as float32, and warns that it is deprecated. `torch.arange` is the
function that stops before the end, like `np.arange` and Python's `range` (see
[integer ranges](#arange-int)).
"""
# /// pair
# title = "torch.range includes the end point"
# expect = "differs"
# difference = "torch.range includes the end point"
# order = 1
# see = ["ranges/arange-int"]
# fix = "ranges/arange-int"
# numpy_call = "np.arange(0, 4)"
# torch_call = "torch.range(0, 4)"
# ///
import numpy as np

result = np.arange(0, 4)
print(result)
