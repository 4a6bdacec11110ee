"""Given NumPy's defaults, `rtol=1e-7, atol=0`, `torch.testing.assert_close` rejects what
`np.testing.assert_allclose` rejects: both raise `AssertionError` on the same data (each side
catches it and prints the library's report).
"""
# /// pair
# title = "assert_close with NumPy's tolerances"
# expect = "equal"
# order = 26
# numpy_call = "try: np.testing.assert_allclose(actual, expected) except AssertionError: ..."
# torch_call = "try: torch.testing.assert_close(actual, expected, rtol=1e-7, atol=0) except AssertionError: ..."
# ///
import numpy as np

actual = np.array([1.0, 1e-6, 250.0], dtype=np.float32)
expected = np.array([1.000001, 0.0, 250.0], dtype=np.float32)
try:
    np.testing.assert_allclose(actual, expected)
    result = "passed"
except AssertionError as error:
    print(error)
    result = "failed"
