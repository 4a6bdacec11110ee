"""The same call with `torch.float32` in place of `np.float32` works, and gives float32 zeros as in
NumPy; `torch.tensor`, `torch.ones`, `torch.full`, `Tensor.to` and the other constructors and
conversions take the `torch.` dtypes the same way.
"""
# /// pair
# title = "A torch dtype for a PyTorch constructor"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.zeros(3, dtype=np.float32)"
# torch_call = "torch.zeros(3, dtype=torch.float32)"
# ///
import numpy as np

result = np.zeros(3, dtype=np.float32)
print(result, result.dtype)
