"""Both libraries refuse to invert a singular matrix, but with unrelated exception classes:
`np.linalg.LinAlgError` derives from `ValueError`, while PyTorch raises `torch.linalg.LinAlgError`
(shown as `torch._C._LinAlgError`), a subclass of `RuntimeError`. An `except
np.linalg.LinAlgError:` carried over from NumPy code does not catch it, and the error escapes.
Catch `torch.linalg.LinAlgError` instead, as in [the faithful translation](#singular-error-torch).
"""
# /// pair
# title = "Inverting a singular matrix: the exception class"
# expect = "differs"
# difference = "torch raises torch.linalg.LinAlgError (a RuntimeError), not np.linalg.LinAlgError"
# see = ["linalg/singular-error-torch"]
# fix = "linalg/singular-error-torch"
# order = 16
# numpy_call = "try: np.linalg.inv(S) except np.linalg.LinAlgError: ..."
# torch_call = "try: torch.linalg.inv(S) except np.linalg.LinAlgError: ..."
# ///
import numpy as np

S = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    result = np.linalg.inv(S)
except np.linalg.LinAlgError as error:
    print(type(error).__mro__)
    result = "caught"
