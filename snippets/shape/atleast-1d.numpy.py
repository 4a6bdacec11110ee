"""`np.atleast_1d` turns a scalar or 0-d array into a 1-element 1-D array and leaves higher
dimensions alone; `torch.atleast_1d` does the same for tensors (like `torch.atleast_2d` and
`torch.atleast_3d`). Given several arguments, both return a tuple.
"""
# /// pair
# title = "At least one dimension: np.atleast_1d"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "np.atleast_1d(np.array(5.0))"
# torch_call = "torch.atleast_1d(torch.tensor(5.0))"
# ///
import numpy as np

result = {
    "scalar": np.atleast_1d(np.array(5.0)),
    "matrix": np.atleast_1d(np.ones((2, 2))),
    "several": np.atleast_1d(np.array(1), np.array([2, 3])),
}
print(result)
