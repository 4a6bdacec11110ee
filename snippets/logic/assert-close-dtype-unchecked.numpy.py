"""With `check_dtype=False`, `torch.testing.assert_close` compares the values only, as
`np.testing.assert_allclose` does; both pass here.
"""
# /// pair
# title = "assert_close without the dtype check"
# expect = "equal"
# order = 27
# numpy_call = "np.testing.assert_allclose(actual, expected)"
# torch_call = "torch.testing.assert_close(actual, expected, check_dtype=False)"
# ///
import numpy as np

actual = np.array([0.5, 0.25], dtype=np.float32)
expected = np.array([0.5, 0.25])
np.testing.assert_allclose(actual, expected)
result = "passed"
