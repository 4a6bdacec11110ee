"""`np.array(a)` is the usual NumPy way to copy an array, and `torch.tensor(t)` looks like its
translation. It does copy, with the same values (a write to the copy leaves the original alone),
but PyTorch writes a `UserWarning` to stderr that copying a tensor this way is not recommended,
naming `t.detach().clone()` instead. Write that, as in [the recommended copy](#tensor-detach-clone),
or `t.clone()` to stay in the autograd graph.
"""
# /// pair
# title = "Copying with torch.tensor(t): same values, a warning"
# expect = "equal"
# same_dtype = true
# see = ["creation/tensor-detach-clone"]
# order = 14
# numpy_call = "np.array(a)"
# torch_call = "torch.tensor(t)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
copy = np.array(a)
copy[0] = 100.0
result = {"original": a, "copy": copy}
print(result)
