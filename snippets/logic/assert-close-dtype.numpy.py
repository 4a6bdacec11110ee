"""`np.testing.assert_allclose` compares values: a float32 result checked against float64 expected
values passes when the values are close. `torch.testing.assert_close` also checks the dtype (and
the device, and the layout) unless told not to, and raises
{{logic/assert-close-dtype torch.error}} for a float32 tensor against a float64 one. Pass
`check_dtype=False` where NumPy's behaviour is wanted, as in [the faithful
translation](#assert-close-dtype-unchecked).
"""
# /// pair
# title = "assert_close also checks the dtype"
# expect = "differs"
# difference = "torch.testing.assert_close raises for equal values of different dtypes"
# fix = "logic/assert-close-dtype-unchecked"
# see = ["logic/assert-close-tolerance"]
# order = 27
# numpy_call = "np.testing.assert_allclose(actual, expected)"
# torch_call = "torch.testing.assert_close(actual, expected)"
# ///
import numpy as np

actual = np.array([0.5, 0.25], dtype=np.float32)
expected = np.array([0.5, 0.25])
np.testing.assert_allclose(actual, expected)
result = "passed"
