"""The opposite surprise: `np.flip` returns a view with a negative stride, so writing into the
flipped array changes the original. PyTorch tensors cannot have negative strides, and `torch.flip`
copies the data; the same write leaves the original alone. If the NumPy code meant to modify the
original, write the flipped copy back ([flip, write, copy back](#flip-write-back)); if it only
needed the reversed values, make the NumPy copy explicit ([an explicit copy](#flip-copy)).
"""
# /// pair
# title = "flip: a view in NumPy, a copy in PyTorch"
# expect = "differs"
# difference = "torch.flip copies; writes to the result do not reach the original"
# order = 14
# see = ["views/flip-write-back", "views/flip-copy"]
# fix = "views/flip-write-back"
# numpy_call = "np.flip(a)"
# torch_call = "torch.flip(a, dims=[0])"
# ///
import numpy as np

a = np.arange(4)
r = np.flip(a)
r[0] = 100
result = a
print(result)
