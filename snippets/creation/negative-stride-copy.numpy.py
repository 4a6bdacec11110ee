"""`.copy()` (or `np.ascontiguousarray`) gives the reversed values a fresh, positively strided
buffer that PyTorch accepts. Once the data is a tensor, reverse it on the PyTorch side instead,
with `torch.flip`, which copies.
"""
# /// pair
# title = "A reversed NumPy array: copy it first"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.array(a[::-1])"
# torch_call = "torch.tensor(a[::-1].copy())"
# ///
import numpy as np

a = np.arange(5.0)
result = np.array(a[::-1])
print(result)
