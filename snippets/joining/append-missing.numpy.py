"""`np.append(a, values)` returns a new array with the values added at the end. PyTorch has no
`torch.append`; the literal port raises {{joining/append-missing torch.error}}. Concatenate, as in
[the faithful translation](#append-insert).
"""
# /// pair
# title = "np.append has no PyTorch counterpart"
# expect = "differs"
# difference = "torch has no append: AttributeError"
# see = ["joining/append-insert"]
# fix = "joining/append-insert"
# order = 3
# numpy_call = "np.append(a, [4, 5])"
# torch_call = "torch.append(t, [4, 5])  # AttributeError"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = np.append(a, [4, 5])
print(result)
