"""Converting the integer tensor to float64 before mixing it with floats reproduces NumPy's result
dtype exactly. `t.to(torch.float64)` (or `t.double()`) does it for one tensor;
`torch.set_default_dtype(torch.float64)` changes what Python floats promote to for the whole
program, at the cost of speed and memory everywhere.
"""
# /// pair
# title = "Integer array plus a float, with float64 as in NumPy"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "a + 0.5"
# torch_call = "t.to(torch.float64) + 0.5"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = a + 0.5
print(result, result.dtype)
