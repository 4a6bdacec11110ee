"""`np.asarray` makes the scalar a 0-d array, which `torch.from_numpy` accepts (float64 kept);
`torch.tensor(a.sum())` gives the same 0-d float64 tensor directly.
"""
# /// pair
# title = "A NumPy scalar into a tensor: np.asarray first, or torch.tensor"
# expect = "equal"
# same_dtype = true
# order = 22
# numpy_call = "np.asarray(a.sum())"
# torch_call = "torch.from_numpy(np.asarray(a.sum()))"
# ///
import numpy as np

a = np.array([0.5, 1.25, 2.0])
result = np.asarray(a.sum())
print(result.shape, result)
