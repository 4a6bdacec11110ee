"""To feed a PyTorch port exactly the random numbers that the NumPy original used (to check one
against the other, say), draw them with NumPy and convert them with `torch.from_numpy`. Here a
layer's weights and a batch of inputs come from the same seeded NumPy generator on both sides; the
PyTorch side then computes `tanh(x @ W)` with PyTorch operations, and the outputs agree. The
tensors keep NumPy's float64; call `.float()` if the model works in float32.
"""
# /// pair
# title = "Identical random data: draw with NumPy, convert with torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "W = rng.standard_normal((3, 2)); np.tanh(x @ W)"
# torch_call = "W = torch.from_numpy(rng.standard_normal((3, 2))); torch.tanh(x @ W)"
# ///
import numpy as np

rng = np.random.default_rng(0)
W = rng.standard_normal((3, 2))
x = rng.random((4, 3))
result = np.tanh(x @ W)
print(result)
