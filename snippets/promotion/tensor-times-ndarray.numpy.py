"""The other order runs: `x * weights` with the tensor on the left hands the operation to NumPy, which
computes it with NumPy's rules and wraps the answer back into a tensor. The result is a float64
tensor equal to NumPy's, and NumPy emits a `DeprecationWarning` (`__array_wrap__ must accept
context and return_scalar arguments`), which the PyTorch side records and prints. Code that works
only because of the operand order is fragile; convert explicitly, as in [converting the
array](#ndarray-times-tensor-converted).
"""
# /// pair
# title = "A tensor on the left of an ndarray: NumPy computes, with a warning"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "x * weights"
# torch_call = "x * weights  # weights still an ndarray"
# ///
import numpy as np

weights = np.array([0.5, 1.5, 2.5])
x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
result = x * weights
print(result, result.dtype)
