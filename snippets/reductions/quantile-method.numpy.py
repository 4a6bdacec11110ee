"""NumPy's `method=` is PyTorch's `interpolation=`, and the five methods PyTorch offers (`linear`,
`lower`, `higher`, `nearest`, `midpoint`) give the same values as NumPy's methods of the same name.
Every level here falls exactly halfway between two elements, and `nearest` breaks those ties the
same way in both, towards the even position. NumPy's other methods (such as `"weibull"` or
`"median_unbiased"`) have no PyTorch counterpart.
"""
# /// pair
# title = "Quantile methods: method= and interpolation="
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.quantile(x, q, method=\"lower\")"
# torch_call = "torch.quantile(x, q, interpolation=\"lower\")"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
q = np.array([0.1, 0.3, 0.5, 0.7])
result = {m: np.quantile(x, q, method=m) for m in ["linear", "lower", "higher", "nearest", "midpoint"]}
print(result)
