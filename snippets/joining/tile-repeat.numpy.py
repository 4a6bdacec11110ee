"""Tiling a whole array is `np.tile(a, reps)` in NumPy and `Tensor.repeat(*reps)` in PyTorch, with
one count per dimension; `torch.tile` is also available under NumPy's name.
"""
# /// pair
# title = "Tiling: np.tile and Tensor.repeat"
# expect = "equal"
# order = 14
# numpy_call = "np.tile(a, (2, 3))"
# torch_call = "t.repeat(2, 3)"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
result = np.tile(a, (2, 3))
print(result)
