"""`np.array([a, b])` stacks arrays of equal shape into one array with a new first axis. The same
call on a list of tensors fails: `torch.tensor` accepts tensors inside a list only when each holds a
single element, and raises {{creation/tensor-of-tensors torch.error}} otherwise (its message is in
the traceback below). Stack them, as in [the faithful translation](#stack-tensors).
"""
# /// pair
# title = "A list of arrays to one array: np.array works, torch.tensor raises"
# expect = "differs"
# difference = "torch.tensor cannot build a tensor from a list of multi-element tensors"
# see = ["creation/stack-tensors"]
# fix = "creation/stack-tensors"
# order = 2
# numpy_call = "np.array(rows)"
# torch_call = "torch.tensor(rows)"
# ///
import numpy as np

rows = [np.array([1, 2]), np.array([3, 4])]
result = np.array(rows)
print(result)
