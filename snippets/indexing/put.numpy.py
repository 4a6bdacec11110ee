"""`np.put(a, idx, values)` writes into the flattened array in place; `Tensor.put_` is the
in-place PyTorch method (the trailing underscore marks it). Both accept negative positions,
counted from the end of the flattened array.
"""
# /// pair
# title = "Writing at flat positions: np.put and Tensor.put_"
# expect = "equal"
# order = 16
# numpy_call = "np.put(a, [0, 4, -1], [7, 8, 9])"
# torch_call = "t.put_(torch.tensor([0, 4, -1]), torch.tensor([7, 8, 9]))"
# ///
import numpy as np

a = np.zeros((2, 3), dtype=np.int64)
np.put(a, [0, 4, -1], [7, 8, 9])
print(a)
result = a
