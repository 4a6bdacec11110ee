"""`torch.linalg.LinAlgError` is what `torch.linalg.inv`, `solve` and `cholesky` raise when the
matrix is singular or not positive-definite; catch it where NumPy code catches
`np.linalg.LinAlgError`. Because it derives from `RuntimeError`, `except RuntimeError` also works,
but it would catch unrelated errors too.
"""
# /// pair
# title = "Inverting a singular matrix: catching torch.linalg.LinAlgError"
# expect = "equal"
# order = 17
# numpy_call = "try: np.linalg.inv(S) except np.linalg.LinAlgError: ..."
# torch_call = "try: torch.linalg.inv(S) except torch.linalg.LinAlgError: ..."
# ///
import numpy as np

S = np.array([[1.0, 2.0], [2.0, 4.0]])
try:
    result = np.linalg.inv(S)
except np.linalg.LinAlgError as error:
    print(error)
    result = "caught"
