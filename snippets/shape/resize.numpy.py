"""The two NumPy resizes differ: the function `np.resize(a, shape)` fills the new shape by
repeating `a` cyclically, while the method `a.resize(shape)` changes `a` in place and pads with
zeros. PyTorch has no `torch.resize` (the PyTorch side checks), and `Tensor.resize_` is neither:
the new elements are uninitialised memory. Write the one you mean: repeat the flattened tensor
enough times, cut it to the new number of elements and reshape, for the function; a zero tensor
with the old values copied in, for the method.
"""
# /// pair
# title = "Resizing: np.resize repeats, ndarray.resize pads with zeros"
# expect = "equal"
# same_dtype = true
# order = 29
# old_ids = ["shape/np-resize-repeat"]
# numpy_call = "np.resize(a, (2, 4))"
# torch_call = "a.flatten().repeat(math.ceil(n / a.numel()))[:n].reshape(2, 4)"
# ///
import numpy as np

a = np.arange(3)
cyclic = np.resize(a, (2, 4))
b = np.arange(3)
b.resize((2, 3))
result = {"function": cyclic, "method": b}
print(result)
