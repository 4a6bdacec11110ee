"""`np.mean` of an integer array returns a float64 mean. `torch.mean` does not choose a
floating-point type for integer input: it raises {{reductions/mean-int torch.error}} (its message is
in the traceback below). Ask for the dtype, as in [the faithful translation](#mean-int-dtype).
"""
# /// pair
# title = "Mean of integers: float64 in NumPy, an error in PyTorch"
# expect = "differs"
# difference = "torch.mean raises on integer tensors"
# order = 7
# see = ["reductions/mean-int-dtype"]
# fix = "reductions/mean-int-dtype"
# numpy_call = "np.mean(a)"
# torch_call = "torch.mean(a)"
# ///
import numpy as np

a = np.array([1, 2, 4])
result = np.mean(a)
print(result, result.dtype)
