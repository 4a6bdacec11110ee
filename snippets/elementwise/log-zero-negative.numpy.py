"""The logarithm of 0 is `-inf` and of a negative number NaN in both libraries. NumPy also emits
`RuntimeWarning`s (in its output below); PyTorch is silent, so the warnings that flagged bad input
in NumPy disappear after porting.
"""
# /// pair
# title = "log of zero and of negatives: -inf and NaN"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.log(x)"
# torch_call = "torch.log(x)"
# ///
import numpy as np

x = np.array([0.0, -1.0, 1.0])
result = np.log(x)
print(result)
