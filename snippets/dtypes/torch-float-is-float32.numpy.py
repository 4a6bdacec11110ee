"""`dtype=float` in NumPy is float64, so `torch.float` looks like its translation. It is not:
`torch.float` is an alias of `torch.float32` (and `torch.double` of float64). The value
16777217 shows the loss: it needs 25 significant bits and float32 rounds it to
{{dtypes/torch-float-is-float32 torch.result[1]:.0f}}.
Write `torch.float64`, `torch.double`, or Python's `float`, as in
[the faithful translation](#torch-double-float64).
"""
# /// pair
# title = "dtype=float is float64, but torch.float is float32"
# expect = "differs"
# difference = "torch.float is float32"
# same_dtype = true
# order = 4
# see = ["dtypes/torch-double-float64", "dtypes/torch-dtype-aliases"]
# fix = "dtypes/torch-double-float64"
# numpy_call = "np.array([0.1, 16777217.0], dtype=float)"
# torch_call = "torch.tensor([0.1, 16777217.0], dtype=torch.float)"
# ///
import numpy as np

result = np.array([0.1, 16777217.0], dtype=float)
print(result.dtype)
print(result[1] - 16777216.0)
