"""`//` rounds towards negative infinity in both libraries, for integers and floats alike: `-7 // 2`
is {{elementwise/floor-division-negative numpy.result['int'][1]}} and `7 // -2` is
{{elementwise/floor-division-negative numpy.result['int'][2]}}, as in Python.
`torch.div(a, b, rounding_mode="floor")` is the named form; `rounding_mode="trunc"` gives C-style
truncation.
"""
# /// pair
# title = "Floor division with negative operands"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "a // b"
# torch_call = "a // b"
# ///
import numpy as np

a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
result = {"int": a // b, "float": a.astype(np.float64) // b}
print(result)
