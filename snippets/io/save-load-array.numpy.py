"""One array to one file and back. `np.save` writes the `.npy` format; `torch.save` pickles the
tensor into a zip archive, conventionally named `.pt`. Both round trips keep the values, the shape
and the dtype; the two formats are not interchangeable, so a `.npy` file is read with `np.load`
and converted afterwards.
"""
# /// pair
# title = "Save and load one array: np.save and torch.save"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.save('a.npy', a); np.load('a.npy')"
# torch_call = "torch.save(t, 'a.pt'); torch.load('a.pt')"
# ///
import numpy as np

a = np.arange(6, dtype=np.int32).reshape(2, 3)
np.save("a.npy", a)
result = np.load("a.npy")
print(result)
print(result.dtype)
