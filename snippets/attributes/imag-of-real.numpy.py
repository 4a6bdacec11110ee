"""`a.imag` of a real NumPy array is an array of zeros (and `a.real` the array itself), so code can
take both parts without checking the dtype. PyTorch's `t.real` works on a real tensor, but `t.imag`
raises {{attributes/imag-of-real torch.error}} (its message is in the traceback below). Check the
dtype, as in [the faithful translation](#imag-of-real-zeros).
"""
# /// pair
# title = "The imaginary part of a real array: zeros, or an error"
# expect = "differs"
# difference = "Tensor.imag raises RuntimeError for a real tensor"
# see = ["attributes/imag-of-real-zeros"]
# fix = "attributes/imag-of-real-zeros"
# order = 15
# numpy_call = "a.imag"
# torch_call = "t.imag"
# ///
import numpy as np

a = np.array([1.5, -2.0, 3.0])
print(a.real)
result = a.imag
print(result)
