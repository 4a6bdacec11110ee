"""Tests carry over too. `np.testing.assert_allclose` defaults to `rtol=1e-7, atol=0`, a relative
test only. `torch.testing.assert_close` picks its tolerances from the dtype, each with an absolute
part: `rtol=1e-7, atol=1e-7` for float64, `rtol=1.3e-6, atol=1e-5` for float32. So a float32
result off by one in the sixth decimal place, or 1e-6 where 0 was expected, fails the NumPy test
and passes the ported one, silently. Pass NumPy's tolerances explicitly, as in [the faithful
translation](#assert-close-tolerance-explicit).
"""
# /// pair
# title = "assert_allclose and assert_close: different default tolerances"
# expect = "differs"
# difference = "torch.testing.assert_close passes differences that np.testing.assert_allclose's defaults reject"
# fix = "logic/assert-close-tolerance-explicit"
# see = ["logic/assert-close-dtype"]
# order = 26
# numpy_call = "np.testing.assert_allclose(actual, expected)"
# torch_call = "torch.testing.assert_close(actual, expected)"
# ///
import numpy as np

actual = np.array([1.0, 1e-6, 250.0], dtype=np.float32)
expected = np.array([1.000001, 0.0, 250.0], dtype=np.float32)
np.testing.assert_allclose(actual, expected)
result = "passed"
