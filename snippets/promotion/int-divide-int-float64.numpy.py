"""With one operand converted to float64 the division happens in float64 and matches NumPy's
result and dtype. Converting the result afterwards (`(a / b).to(torch.float64)`) would not: the
quotient would already have been rounded to float32.
"""
# /// pair
# title = "Integer / integer with float64 as in NumPy"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "a / b"
# torch_call = "a.to(torch.float64) / b"
# ///
import numpy as np

a = np.array([1, 2, 7])
b = np.array([3, 3, 3])
result = a / b
print(result, result.dtype)
