"""`floor`, `ceil` and `trunc` carry over by name. NumPy's `rint` (round half to even) is
`torch.round`, and `np.fix` (towards zero) is `torch.fix`, an alias of `torch.trunc`. Negative zero
comes out the same in both.
"""
# /// pair
# title = "floor, ceil, trunc, rint and fix"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.rint(x)"
# torch_call = "torch.round(x)"
# ///
import numpy as np

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.7])
result = {
    "floor": np.floor(x),
    "ceil": np.ceil(x),
    "trunc": np.trunc(x),
    "rint": np.rint(x),
    "fix": np.fix(x),
}
print(result)
