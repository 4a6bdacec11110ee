"""To transpose a stack of matrices, swap only the last two axes. NumPy 2 has the `mT` attribute
(and `np.matrix_transpose`) for this, with the same name as PyTorch's `t.mT`.
"""
# /// pair
# title = "Transposing a batch of matrices: .mT"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# order = 11
# numpy_call = "a.mT"
# torch_call = "t.mT"
# ///
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
result = a.mT
assert np.array_equal(result, np.matrix_transpose(a))
print(result.shape)
