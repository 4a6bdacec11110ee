"""`t = t.view(2, 3)` gives the name a reshaped view of the same memory, without copying, which is
what assigning to `a.shape` does in NumPy. One difference remains: another name for the old tensor
(`alias` here) keeps the old shape, where in NumPy the array object itself changes.
"""
# /// pair
# title = "Reshaping in place: rebind to t.view(...)"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "a.shape = (2, 3)"
# torch_call = "t = t.view(2, 3)"
# ///
import numpy as np

a = np.arange(6)
alias = a
a.shape = (2, 3)
result = a
print(result)
print(alias.shape)
