"""`a.repeat(2)` repeats each element in place (`[1, 1, 2, 2, ...]`); its PyTorch translation is
`a.repeat_interleave(2)`, not `Tensor.repeat`, which tiles the whole tensor
([the trap](#repeat-method)). Per-element counts
and an axis carry over: `a.repeat([1, 2], axis=0)` is `a.repeat_interleave(torch.tensor([1, 2]),
dim=0)`.
"""
# /// pair
# title = "The repeat method, ported faithfully: repeat_interleave"
# expect = "equal"
# same_dtype = true
# see = ["joining/repeat-method"]
# order = 29
# numpy_call = "a.repeat(2)"
# torch_call = "a.repeat_interleave(2)"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
result = {"flat": a.repeat(2), "rows": a.repeat([1, 2], axis=0)}
print(result)
