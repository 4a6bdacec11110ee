"""`np.unwrap(p)` removes the jumps of more than π between consecutive angles by adding multiples
of 2π. PyTorch has no `unwrap`; NumPy's algorithm is four tensor operations: wrap the differences
into [-π, π) with `torch.remainder` (which, like NumPy's `%`, takes the sign of the divisor), keep
a difference of exactly π as +π, and add the cumulative corrections.
"""
# /// pair
# title = "Unwrapping phase angles: np.unwrap"
# expect = "equal"
# same_dtype = true
# order = 55
# numpy_call = "np.unwrap(wrapped)"
# torch_call = "unwrap(wrapped)  # remainder of the steps, then cumsum"
# ///
import numpy as np

angles = np.linspace(0.0, 6 * np.pi, 12)
wrapped = np.angle(np.exp(1j * angles))
result = np.unwrap(wrapped)
print(result)
