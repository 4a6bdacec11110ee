"""Data read from files written on other machines or by other tools can arrive big-endian, dtype
`'>i4'` or `'>f8'`. NumPy computes with it like any other array. PyTorch tensors have no byte order:
`torch.tensor` and `torch.as_tensor` (tried first on the PyTorch side) and `torch.from_numpy` all
raise {{io/big-endian-array torch.error}} (its message is in the traceback below) on this
little-endian machine. Convert to the native order first, as in
[the faithful translation](#big-endian-native).
"""
# /// pair
# title = "A big-endian array cannot become a tensor"
# expect = "differs"
# difference = "torch raises ValueError for arrays not in the machine's byte order"
# see = ["io/big-endian-native"]
# fix = "io/big-endian-native"
# order = 12
# numpy_call = "a * 2  # a has dtype '>i4'"
# torch_call = "torch.from_numpy(a) * 2"
# ///
import numpy as np

a = np.array([1, 256, 65535], dtype=">i4")
result = a * 2
print(a.dtype, result)
