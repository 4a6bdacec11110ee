"""When the lower bound is above the upper bound, neither library raises: both apply the lower bound,
then the upper one, so every element becomes the upper bound. A swapped pair of bounds therefore
ports without a change in behaviour, and without an error to reveal it.
"""
# /// pair
# title = "Clipping with min > max: every value becomes max"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "np.clip(a, 5, 2)"
# torch_call = "torch.clamp(a, 5, 2)"
# ///
import numpy as np

a = np.array([-3, 0, 2, 9])
result = {"int": np.clip(a, 5, 2), "float": np.clip(a.astype(np.float64), 5.0, 2.0)}
print(result)
