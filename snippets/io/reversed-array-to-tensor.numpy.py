"""Reversing with `a[::-1]` gives a view with a negative stride, and PyTorch tensors cannot have
negative strides. Every conversion, `torch.tensor` included even though it copies, raises
`ValueError` on such an array, as do `torch.from_numpy` and `torch.as_tensor`. Copy the array into
a positive-stride layout first, as in [the faithful translation](#reversed-array-copy).
"""
# /// pair
# title = "A reversed array (negative stride) cannot become a tensor"
# expect = "differs"
# difference = "torch.tensor raises ValueError on arrays with negative strides"
# order = 10
# see = ["io/reversed-array-copy"]
# fix = "io/reversed-array-copy"
# numpy_call = "np.array(a[::-1])"
# torch_call = "torch.tensor(a[::-1])"
# ///
import numpy as np

a = np.arange(5)
result = np.array(a[::-1])
print(result)
