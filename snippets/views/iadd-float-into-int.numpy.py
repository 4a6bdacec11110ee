"""An in-place operation cannot change the dtype of its target. `a += 1.5` on an integer array
needs a float result that would have to be cast back to int, and both libraries refuse: NumPy
raises a casting error (a subclass of `TypeError`) under the `same_kind` rule, PyTorch raises
`RuntimeError` ("result type Float can't be cast to the desired output type Long"). Write
`a = a + 1.5` to get a new float array.
"""
# /// pair
# title = "a += 1.5 on an integer array raises in both"
# expect = "both-raise"
# order = 6
# numpy_call = "a += 1.5"
# torch_call = "a += 1.5"
# ///
import numpy as np

a = np.arange(4)
a += 1.5
result = a
