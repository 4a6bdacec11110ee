"""`ndarray.flatten` always returns a copy, so writing into the result leaves the original alone.
`torch.flatten` (and `Tensor.flatten`) returns a view whenever it can, and here it can: the
write goes through to the original matrix. Where ported code modifies the flattened array,
[`clone()` it](#flatten-clone).
"""
# /// pair
# title = "flatten copies in NumPy, not in PyTorch"
# expect = "differs"
# difference = "Tensor.flatten returns a view of a contiguous tensor"
# order = 12
# see = ["shape/flatten-clone"]
# numpy_call = "a.flatten()"
# torch_call = "t.flatten()"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
flat = a.flatten()
flat[0] = 100
print(a)
result = a
