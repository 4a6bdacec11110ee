"""A Python float does not widen a float32 array in either library: the scalar is weak and takes
the array's dtype, so the result stays float32. Python floats are safe to port as they are;
the surprises come from [NumPy scalars and 0-d tensors](#float32-minus-float64-scalar).
"""
# /// pair
# title = "float32 array and a Python float: stays float32"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "x * 0.1"
# torch_call = "x * 0.1"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
result = x * 0.1
print(result, result.dtype)
