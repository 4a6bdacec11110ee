"""`np.equal` corresponds to `torch.eq` (and `==` works the same in both): an element-wise test that
broadcasts its operands and returns booleans. It is not the whole-array test; for that see
[np.array_equal and torch.equal](#array-equal-shape-dtype). Mixed integer and float operands are
compared by value, so `2 == 2.0` is `True` on both sides.
"""
# /// pair
# title = "Element-wise equality: np.equal and torch.eq"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "np.equal(a, b)"
# torch_call = "torch.eq(a, b)"
# ///
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
b = np.array([1.0, 0.0, 3.0])
eq = np.equal(a, b)
print(eq)
result = (eq, a == 5)
