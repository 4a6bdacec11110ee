"""`np.clip` is `torch.clamp` (`torch.clip` is an alias). A missing bound is `None` in NumPy; in
PyTorch pass only `min=` or `max=`. Array-valued bounds work too, but PyTorch wants both bounds as
tensors then: a tensor `min` with a number `max` raises `TypeError`.
"""
# /// pair
# title = "Clipping: np.clip and torch.clamp"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "np.clip(a, None, 3)"
# torch_call = "torch.clamp(a, max=3)"
# ///
import numpy as np

a = np.array([-3, 0, 2, 9])
result = {
    "both": np.clip(a, 0, 5),
    "upper only": np.clip(a, None, 3),
    "array bounds": np.clip(a, np.array([0, 1, 2, 3]), 5),
}
print(result)
