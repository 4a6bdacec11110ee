"""A nested list becomes a 2-D array with `np.array` and a 2-D tensor with `torch.tensor`; one
float among the integers makes the whole result floating point in both. The resulting float type
is not the same (float64 against float32), so the PyTorch side passes `dtype=torch.float64`.
"""
# /// pair
# title = "A 2-D array from nested lists: np.array and torch.tensor"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.array([[1, 2.5], [3, 4]])"
# torch_call = "torch.tensor([[1, 2.5], [3, 4]], dtype=torch.float64)"
# ///
import numpy as np

result = np.array([[1, 2.5, 0], [3, 4, 5]])
print(result)
print(result.shape, result.dtype)
