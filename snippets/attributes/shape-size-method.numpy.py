"""PyTorch also spells the shape as a method call: `t.size()` returns the same `torch.Size` as
`t.shape`, and `t.size(dim)` returns one entry of it, like `a.shape[dim]` (negative dimensions
count from the end in both).
"""
# /// pair
# title = "Shape as a method: Tensor.size() and Tensor.size(dim)"
# expect = "equal"
# order = 2
# numpy_call = "a.shape[1]"
# torch_call = "t.size(1)"
# ///
import numpy as np

a = np.zeros((2, 3, 4))
print(a.shape, a.shape[1], a.shape[-1])
result = (a.shape, a.shape[1], a.shape[-1])
