"""With an axis, `np.max` returns an array of maxima. `torch.max` with `dim=` returns a named tuple
`(values, indices)`, so the port hands a pair to code that expects an array. The build sees a tuple
against an array; [the faithful translation](#max-axis-values) takes `.values` or uses
`torch.amax`.
"""
# /// pair
# title = "Maximum along an axis: torch.max returns (values, indices)"
# expect = "differs"
# difference = "torch.max(x, dim) returns a (values, indices) named tuple"
# order = 25
# see = ["sorting/max-axis-values"]
# fix = "sorting/max-axis-values"
# numpy_call = "np.max(m, axis=1)"
# torch_call = "torch.max(m, dim=1)"
# ///
import numpy as np

m = np.array([[4, 1, 7], [9, 2, 3]])
result = np.max(m, axis=1)
print(type(result).__name__)
print(result)
