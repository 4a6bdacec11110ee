"""Computing the points in float64 and flooring them before the conversion reproduces NumPy's
integer `linspace`, negative values included.
"""
# /// pair
# title = "linspace with an integer dtype: floor, then convert"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.linspace(-1, 1, 5, dtype=np.int64)"
# torch_call = "torch.linspace(-1, 1, 5, dtype=torch.float64).floor().long()"
# ///
import numpy as np

result = np.linspace(-1, 1, 5, dtype=np.int64)
print(result)
