"""An array of more than one element has no single truth value, so `if mask:`, `a and b` or
`not a` raise in both libraries, with different exception classes: code that catches NumPy's
`ValueError` misses PyTorch's `RuntimeError` ([caught](#truth-value-ambiguous-caught)). Better,
say which reduction is meant, `mask.all()` or `mask.any()`, or use `&`, `|` and `~` for
element-wise logic.
"""
# /// pair
# title = "The truth value of a multi-element array is ambiguous"
# expect = "differs"
# difference = "PyTorch raises {{logic/truth-value-ambiguous torch.error}}, which an except clause for {{logic/truth-value-ambiguous numpy.error}} does not catch"
# fix = "logic/truth-value-ambiguous-caught"
# order = 17
# numpy_call = "if x > 0: ..."
# torch_call = "if x > 0: ..."
# ///
import numpy as np

x = np.array([1, -2, 3])
result = "positive" if x > 0 else "not positive"
