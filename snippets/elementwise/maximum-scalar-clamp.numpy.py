"""A lower bound by a number is `torch.clamp(a, min=3)`; `torch.minimum(a, 3)` becomes `torch.clamp(a,
max=3)`. Alternatively wrap the number in a tensor, `torch.maximum(a, torch.tensor(3))`, which also
broadcasts. For float input with NaN, note that `clamp` returns the NaN, as `np.maximum` does.
"""
# /// pair
# title = "Maximum with a number: torch.clamp(min=...)"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "np.maximum(a, 3)"
# torch_call = "torch.clamp(a, min=3)"
# ///
import numpy as np

a = np.array([1, 5, 2, 7])
result = {"clamp": np.maximum(a, 3), "tensor": np.maximum(a, 3)}
print(result)
