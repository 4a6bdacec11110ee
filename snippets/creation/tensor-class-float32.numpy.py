"""`torch.Tensor` (capital T) is the tensor class, and calling it with data is an old constructor
that always produces the default float type, float32, whatever the data: integers become floats, and
16777217, which float32 cannot hold, becomes {{creation/tensor-class-float32 torch.result[2]:.0f}}.
`np.array` keeps integers as int64. Use the function `torch.tensor` (lower-case t), which infers the
dtype as NumPy does, as in [the faithful translation](#tensor-function-int64).
"""
# /// pair
# title = "torch.Tensor(data) is always float32"
# expect = "differs"
# difference = "torch.Tensor converts any data to float32"
# see = ["creation/tensor-function-int64"]
# fix = "creation/tensor-function-int64"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 1
# numpy_call = "np.array([1, 2, 16777217])"
# torch_call = "torch.Tensor([1, 2, 16777217])"
# ///
import numpy as np

result = np.array([1, 2, 16777217])
print(result, result.dtype)
