"""A reversed NumPy array (`a[::-1]`, or the result of `np.flip`) is a view with a negative
stride. NumPy copies it without complaint, but PyTorch tensors cannot have negative strides, and
`torch.tensor`, `torch.as_tensor` and `torch.from_numpy` all raise `ValueError: At least one
stride in the given numpy array is negative`. Copy the array first, as in
[the faithful translation](#negative-stride-copy).
"""
# /// pair
# title = "A reversed NumPy array: torch.tensor raises"
# expect = "differs"
# difference = "torch cannot take NumPy arrays with negative strides"
# order = 5
# see = ["creation/negative-stride-copy"]
# numpy_call = "np.array(a[::-1])"
# torch_call = "torch.tensor(a[::-1])  # ValueError"
# ///
import numpy as np

a = np.arange(5.0)
reversed_view = a[::-1]
print(reversed_view.strides)
result = np.array(reversed_view)
print(result)
