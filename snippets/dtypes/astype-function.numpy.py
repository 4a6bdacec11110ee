"""NumPy 2.1 added the function form `np.astype(x, dtype)` of the method `x.astype(dtype)`. Tensors
have neither: write `x.to(dtype)`. Float to integer truncates towards zero on both sides, and
`copy=False` (return `x` itself when the dtype already matches) is what `Tensor.to` does by default.
"""
# /// pair
# title = "Converting with the function: np.astype"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 29
# numpy_call = "np.astype(x, np.int32)"
# torch_call = "x.to(torch.int32)"
# ///
import numpy as np

x = np.array([1.7, -1.7, 3.0])
same = np.astype(x, np.float64, copy=False)
result = {"int32": np.astype(x, np.int32), "no_copy": same is x}
print(result)
