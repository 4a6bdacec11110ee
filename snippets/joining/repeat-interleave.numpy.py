"""`Tensor.repeat_interleave(n)` (or `torch.repeat_interleave`) repeats each element `n` times
like `np.repeat` and the method `a.repeat(n)`; `Tensor.repeat` is not it: it tiles the whole tensor
([the trap](#repeat-method)). Without a dimension both flatten first; with one they repeat whole
slices along it. Per-element counts carry over: `np.repeat(a, [1, 2], axis=0)` is
`a.repeat_interleave(torch.tensor([1, 2]), dim=0)`.
"""
# /// pair
# title = "Repeating each element: np.repeat, a.repeat and repeat_interleave"
# expect = "equal"
# same_dtype = true
# order = 18
# old_ids = ["joining/repeat-method-interleave"]
# numpy_call = "a.repeat(2)"
# torch_call = "t.repeat_interleave(2)"
# ///
import numpy as np

a = np.array([[0, 1, 2], [3, 4, 5]])
result = {
    "flat": np.repeat(a, 2),
    "method": a.repeat(2),
    "along_cols": np.repeat(a, 2, axis=1),
    "per_row": a.repeat([1, 2], axis=0),
}
print(result)
