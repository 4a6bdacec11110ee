"""`np.count_nonzero(x, axis=...)` is `torch.count_nonzero(x, dim=...)`. Without an axis NumPy
returns an `np.int64` scalar and PyTorch a 0-d int64 tensor (`.item()` gives a Python `int`).
"""
# /// pair
# title = "Counting non-zero elements: np.count_nonzero"
# expect = "equal"
# order = 35
# numpy_call = "np.count_nonzero(x, axis=0)"
# torch_call = "torch.count_nonzero(x, dim=0)"
# ///
import numpy as np

x = np.array([[0, 1, 7, 0], [3, 0, 2, 19]])
result = {"all": np.count_nonzero(x), "axis0": np.count_nonzero(x, axis=0)}
print(result)
