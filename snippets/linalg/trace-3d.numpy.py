"""`np.trace` of an array with more than two dimensions sums the diagonal of the first two axes and
returns one sum per remaining index. `torch.trace` accepts only matrices and raises
{{linalg/trace-3d torch.error}} (its message is in the traceback below). Take the diagonal and sum
it, as in [the faithful translation](#trace-diagonal-sum).
"""
# /// pair
# title = "Trace of a 3-D array: NumPy sums diagonals, torch.trace raises"
# expect = "differs"
# difference = "torch.trace accepts only 2-D tensors: RuntimeError"
# see = ["linalg/trace-diagonal-sum"]
# fix = "linalg/trace-diagonal-sum"
# order = 8
# numpy_call = "np.trace(a)"
# torch_call = "torch.trace(a)"
# ///
import numpy as np

a = np.arange(12.0).reshape(2, 2, 3)
result = np.trace(a)
print(result)
