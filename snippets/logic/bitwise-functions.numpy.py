"""The named bitwise functions map one to one: `np.bitwise_and`, `np.bitwise_or` and
`np.bitwise_xor` keep their names in PyTorch; `np.invert`, `np.bitwise_not` and `np.bitwise_invert`
are all `torch.bitwise_not`; `np.left_shift` and `np.bitwise_left_shift` are
`torch.bitwise_left_shift` (the `<<` operator), and likewise for right shifts, which are
arithmetic (sign-extending) for signed integers on both sides.
"""
# /// pair
# title = "Bitwise functions by name: bitwise_and, invert, left_shift"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 22
# numpy_call = "np.left_shift(a, 2)"
# torch_call = "torch.bitwise_left_shift(a, 2)"
# ///
import numpy as np

a = np.array([12, -8, 5], dtype=np.int16)
b = np.array([10, 3, 1], dtype=np.int16)
result = {
    "and": np.bitwise_and(a, b),
    "or": np.bitwise_or(a, b),
    "xor": np.bitwise_xor(a, b),
    "invert": np.invert(a),
    "not": np.bitwise_not(a),
    "bitwise_invert": np.bitwise_invert(a),
    "left_shift": np.left_shift(a, 2),
    "right_shift": np.right_shift(a, 1),
    "bitwise_left_shift": np.bitwise_left_shift(a, b),
    "bitwise_right_shift": np.bitwise_right_shift(a, b),
}
print(result)
