"""Passing `steps=50` (and `dtype=torch.float64`) reproduces NumPy's default call exactly in
shape and, within rounding, in values.
"""
# /// pair
# title = "linspace without a count: pass steps=50"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.linspace(0, 1)"
# torch_call = "torch.linspace(0, 1, 50, dtype=torch.float64)"
# ///
import numpy as np

result = np.linspace(0, 1)
print(result.shape, result[:3])
