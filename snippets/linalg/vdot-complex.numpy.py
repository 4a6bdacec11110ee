"""`np.vdot` conjugates its first argument before the inner product; `torch.vdot` does the same,
and plain `dot` conjugates nothing in either library. One difference in reach: `np.vdot` flattens
matrices first, while `torch.vdot` accepts only 1-D tensors, so call `.flatten()` on both inputs.
"""
# /// pair
# title = "Complex inner products: vdot conjugates, dot does not"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.vdot(a, b)"
# torch_call = "torch.vdot(a, b)"
# ///
import numpy as np

a = np.array([1 + 2j, 3 - 1j])
b = np.array([2 - 1j, 1j])
result = (np.vdot(a, b), np.dot(a, b))
print(result)
