"""`np.logical_and`, `logical_or`, `logical_not` and `logical_xor` have PyTorch functions of the
same names (`torch.logical_and` and so on), also available as tensor methods such as
`a.logical_and(b)`. Both return boolean arrays.
"""
# /// pair
# title = "Logical and, or, not, xor on boolean arrays"
# expect = "equal"
# same_dtype = true
# order = 6
# numpy_call = "np.logical_and(p, q)"
# torch_call = "torch.logical_and(p, q)"
# ///
import numpy as np

p = np.array([True, True, False, False])
q = np.array([True, False, True, False])
result = {
    "and": np.logical_and(p, q),
    "or": np.logical_or(p, q),
    "not": np.logical_not(p),
    "xor": np.logical_xor(p, q),
}
print(result)
