"""For two 1-D arrays `np.dot` is the inner product, and `torch.dot` computes the same number.
`torch.dot` accepts only 1-D tensors of one dtype: it neither promotes an integer vector against
a float one nor handles matrices (see [np.dot on a matrix](#dot-matrix-vector)).
"""
# /// pair
# title = "Dot product of two vectors"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.dot(v, w)"
# torch_call = "torch.dot(v, w)"
# ///
import numpy as np

v = np.array([1.0, 2.0, 3.0])
w = np.array([4.0, -5.0, 6.0])
result = np.dot(v, w)
print(result)
