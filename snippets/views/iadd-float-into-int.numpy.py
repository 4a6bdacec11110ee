"""An in-place operation cannot change the dtype of its target. `a += 1.5` on an integer array
needs a float result that would have to be cast back to int, and both libraries refuse: NumPy
raises a casting error (a subclass of `TypeError`) under the `same_kind` rule, PyTorch raises
{{views/iadd-float-into-int torch.error}} (its message is in the traceback below), which an
`except TypeError:` does not catch ([caught](#iadd-float-into-int-caught)). Write `a = a + 1.5`
to get a new float array.
"""
# /// pair
# title = "a += 1.5 on an integer array: TypeError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{views/iadd-float-into-int torch.error}}, which an except clause for NumPy's casting error (a TypeError) does not catch"
# fix = "views/iadd-float-into-int-caught"
# order = 6
# numpy_call = "a += 1.5"
# torch_call = "a += 1.5"
# ///
import numpy as np

a = np.arange(4)
a += 1.5
result = a
