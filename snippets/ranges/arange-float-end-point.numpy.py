"""A floating-point step can land on the end value by rounding error: `np.arange(1, 1.3, 0.1)`
returns four elements, the last one 1.3, although the end is excluded in principle. PyTorch
returns the same four elements, in float64 and in float32 alike (the PyTorch side prints the
float32 count). Use `linspace` when the number of points matters.
"""
# /// pair
# title = "Float steps can include the end: the same in both"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.arange(1, 1.3, 0.1)"
# torch_call = "torch.arange(1, 1.3, 0.1, dtype=torch.float64)"
# ///
import numpy as np

result = np.arange(1, 1.3, 0.1)
print(len(result), result)
