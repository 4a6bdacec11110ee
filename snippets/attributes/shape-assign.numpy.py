"""NumPy lets code reshape an array in place by assigning to its `shape` attribute. A tensor's
`shape` is read-only, and the assignment raises {{attributes/shape-assign torch.error}} (its message
is in the traceback below). Rebind the name to a view, as in
[the faithful translation](#shape-assign-view).
"""
# /// pair
# title = "Reshaping by assigning to .shape"
# expect = "differs"
# difference = "Tensor.shape is read-only: assigning to it raises AttributeError"
# see = ["attributes/shape-assign-view"]
# fix = "attributes/shape-assign-view"
# order = 1
# numpy_call = "a.shape = (2, 3)"
# torch_call = "t.shape = (2, 3)  # AttributeError"
# ///
import numpy as np

a = np.arange(6)
a.shape = (2, 3)
result = a
print(result)
