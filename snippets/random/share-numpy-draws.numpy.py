"""To feed exactly the same random numbers to a PyTorch port (to check it against the NumPy
original, say), draw them with NumPy and convert with `torch.from_numpy`. The tensor shares the
array's memory and keeps its dtype, `float64` here; call `.float()` if the model works in
`float32`.
"""
# /// pair
# title = "Identical random data: draw with NumPy, convert with torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.random.default_rng(0).random(4)"
# torch_call = "torch.from_numpy(np.random.default_rng(0).random(4))"
# ///
import numpy as np

rng = np.random.default_rng(0)
result = rng.random(4)
print(result)
