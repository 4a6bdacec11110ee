"""Moving one axis to a new position, keeping the others in order, is `np.moveaxis` in NumPy and
`torch.movedim` in PyTorch, which also goes by the NumPy name `torch.moveaxis`. Both accept
lists of source and destination positions.
"""
# /// pair
# title = "Moving an axis: np.moveaxis and torch.movedim"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.moveaxis(a, 0, -1)"
# torch_call = "torch.movedim(t, 0, -1)"
# ///
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
last = np.moveaxis(a, 0, -1)
several = np.moveaxis(a, [0, 1], [2, 0])
print(last.shape, several.shape)
result = (last, several)
