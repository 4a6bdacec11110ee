"""Every comparison operator has a named function in both libraries: `np.greater` is `torch.gt`
(alias `torch.greater`), `np.less_equal` is `torch.le` (`torch.less_equal`), and `np.not_equal` is
`torch.ne` (`torch.not_equal`). They broadcast the same way and return booleans; NaN compares
unequal to everything, itself included, on both sides.
"""
# /// pair
# title = "Comparison functions by name: greater, less_equal, not_equal"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.greater(a, b)"
# torch_call = "torch.gt(a, b)"
# ///
import numpy as np

a = np.array([1.0, 5.0, np.nan, 7.0])
b = np.array([2.0, 5.0, np.nan, 6.0])
result = {
    "greater": np.greater(a, b),
    "less_equal": np.less_equal(a, b),
    "not_equal": np.not_equal(a, b),
    "greater_scalar": np.greater(a, 4),
}
print(result)
