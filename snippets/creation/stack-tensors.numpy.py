"""`torch.stack` joins tensors of equal shape along a new first dimension, which is what `np.array`
does with a list of arrays.
"""
# /// pair
# title = "A list of tensors to one tensor: torch.stack"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.array(rows)"
# torch_call = "torch.stack(rows)"
# ///
import numpy as np

rows = [np.array([1, 2]), np.array([3, 4])]
result = np.array(rows)
print(result)
