"""`ndarray.sort()` sorts the array in place and returns `None`. `Tensor.sort()` is only the method
form of `torch.sort`: it returns a new `(values, indices)` pair and leaves the tensor as it was, so
a line-by-line port keeps working on unsorted data without any error. Use the returned values, as
in [the faithful translation](#sort-method-assign).
"""
# /// pair
# title = "a.sort(): in place in NumPy, a new result in PyTorch"
# expect = "differs"
# difference = "Tensor.sort() returns (values, indices) and leaves the tensor unsorted"
# order = 2
# see = ["sorting/sort-method-assign"]
# fix = "sorting/sort-method-assign"
# numpy_call = "a.sort()"
# torch_call = "a.sort()"
# ///
import numpy as np

a = np.array([5, 2, 9, 1, 7])
returned = a.sort()
print("returned:", returned)
print("a after:", a)
result = a
