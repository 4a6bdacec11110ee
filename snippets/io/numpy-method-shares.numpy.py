"""The way back shares memory too: `Tensor.numpy()` returns an array over the tensor's own
storage (for a CPU tensor), so an in-place change to the array changes the tensor. Use
`t.numpy().copy()` when the array must live on independently.
"""
# /// pair
# title = "Tensor.numpy() shares memory with the tensor"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.asarray(a)"
# torch_call = "t.numpy()"
# ///
import numpy as np

a = np.zeros(3, dtype=np.float32)
n = np.asarray(a)
n += 7
result = a
print(result)
