"""With `dtype=torch.float64`, `torch.rand` and `torch.randn` draw in NumPy's precision. The
values are still PyTorch's, not NumPy's (see
[the same seed gives different floats](#seed-streams-differ)), so only the dtype is compared.
"""
# /// pair
# title = "Random floats in float64: dtype=torch.float64"
# expect = "equal"
# order = 4
# numpy_call = "np.random.rand(3)"
# torch_call = "torch.rand(3, dtype=torch.float64)"
# ///
import numpy as np

np.random.seed(0)
result = (np.random.rand(3).dtype, np.random.randn(3).dtype)
print(result)
