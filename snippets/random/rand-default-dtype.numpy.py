"""NumPy's `rand`, `randn` and `random` return `float64`. PyTorch's `torch.rand` and `torch.randn`
return the default floating-point dtype, `float32` unless changed with
`torch.set_default_dtype`. A matrix product of such draws with a `float64` tensor then raises
an error about the mismatched dtypes; pass `dtype=torch.float64` as in
[the faithful translation](#rand-float64).
"""
# /// pair
# title = "Random floats: float64 in NumPy, float32 in PyTorch"
# expect = "differs"
# difference = "torch.rand and torch.randn draw float32 by default"
# see = ["random/rand-float64"]
# fix = "random/rand-float64"
# order = 3
# numpy_call = "np.random.rand(3)"
# torch_call = "torch.rand(3)"
# ///
import numpy as np

np.random.seed(0)
result = (np.random.rand(3).dtype, np.random.randn(3).dtype)
print(result)
