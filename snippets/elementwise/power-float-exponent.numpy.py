"""With a floating-point base, negative exponents are fine in both. Mind the width: NumPy's `a ** -1.0`
on an int64 array is float64, while PyTorch's `a ** -1.0` is float32; convert the base to float64 to
match.
"""
# /// pair
# title = "Negative powers in floating point"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "a ** -1.0"
# torch_call = "a.to(torch.float64) ** -1"
# ///
import numpy as np

a = np.array([1, 2, 4])
e = np.array([-1, 2, -2])
result = {"scalar": a ** -1.0, "array": np.power(a.astype(np.float64), e)}
print(result)
