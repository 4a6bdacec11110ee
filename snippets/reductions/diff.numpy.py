"""`torch.diff` takes `n`, `dim` (NumPy's `axis`), `prepend` and `append` like `np.diff`. `prepend` and
`append` must be tensors: the scalar `0` that NumPy accepts raises `TypeError` in PyTorch. The
default dimension is the last in both.
"""
# /// pair
# title = "Differences: np.diff and torch.diff"
# expect = "equal"
# same_dtype = true
# order = 30
# numpy_call = "np.diff(a, n=2)"
# torch_call = "torch.diff(a, n=2)"
# ///
import numpy as np

a = np.array([1, 4, 9, 16, 25])
m = np.array([[1, 3], [4, 9]])
result = {
    "n=2": np.diff(a, n=2),
    "prepend": np.diff(a, prepend=0),
    "axis 0": np.diff(m, axis=0),
}
print(result)
