"""`np.resize(a, shape)` fills the new shape by repeating the flattened data as often as needed.
PyTorch has no `torch.resize` (the PyTorch side checks). Repeat the flattened tensor enough times,
cut it to the new number of elements and reshape.
"""
# /// pair
# title = "np.resize: repeat the data to the new size"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.resize(a, (2, 3))"
# torch_call = "t.repeat(-(-6 // len(t)))[:6].reshape(2, 3)"
# ///
import numpy as np

a = np.arange(4)
result = np.resize(a, (2, 3))
print(result)
