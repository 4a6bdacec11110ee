"""`np.ediff1d(x, to_begin=...)` flattens, takes consecutive differences and can prepend or
append values *to the result*. `torch.diff(x.flatten())` gives the differences; its `prepend=`
keyword adds values to the *input* instead, so add `to_begin` values to the output with `torch.cat`.
"""
# /// pair
# title = "Differences of the flattened array: np.ediff1d"
# expect = "equal"
# same_dtype = true
# order = 41
# numpy_call = "np.ediff1d(x)"
# torch_call = "torch.diff(x.flatten())"
# ///
import numpy as np

x = np.array([[1, 4], [9, 16]])
result = {"plain": np.ediff1d(x), "to_begin": np.ediff1d(x, to_begin=[0])}
print(result)
