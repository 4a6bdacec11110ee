"""`np.array(a)` is the usual NumPy way to copy an array, and `torch.tensor(t)` looks like its
translation. It copies, but warns with a `UserWarning` that copying a tensor this way is not
recommended and names `t.detach().clone()` instead (the message is printed on the PyTorch side).
The pair compares the values together with the warnings each side recorded. Write
`t.detach().clone()`, as in [the faithful translation](#tensor-detach-clone), or `t.clone()` to
stay in the autograd graph.
"""
# /// pair
# title = "Copying with torch.tensor(t): a warning"
# expect = "differs"
# difference = "torch.tensor(t) warns and recommends t.detach().clone()"
# see = ["creation/tensor-detach-clone"]
# fix = "creation/tensor-detach-clone"
# order = 14
# numpy_call = "np.array(a)"
# torch_call = "torch.tensor(t)"
# ///
import warnings

import numpy as np

a = np.array([1.0, 2.0, 3.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = np.array(a)
copy[0] = 100.0
result = {"original": a, "copy": copy, "warnings": [w.category.__name__ for w in caught]}
print(result)
