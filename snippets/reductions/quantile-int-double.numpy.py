"""`torch.quantile` of the integers converted to float64 interpolates as NumPy does and returns the
same float64 value ({{reductions/quantile-int-double numpy.result}}, halfway between the two middle
elements).
"""
# /// pair
# title = "Quantile of integers: convert with .double() first"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "np.quantile(a, 0.5)"
# torch_call = "torch.quantile(a.double(), 0.5)"
# ///
import numpy as np

a = np.array([1, 2, 3, 4])
result = np.quantile(a, 0.5)
print(result)
