"""NumPy's integer reciprocal rounds towards zero (`1 / -2` is 0, not -1). `torch.div(1, a,
rounding_mode="trunc")` gives the same int64 values.
"""
# /// pair
# title = "Integer reciprocal: torch.div with rounding_mode=\"trunc\""
# expect = "equal"
# same_dtype = true
# order = 36
# numpy_call = "np.reciprocal(a)"
# torch_call = "torch.div(1, a, rounding_mode=\"trunc\")"
# ///
import numpy as np

a = np.array([-2, -1, 1, 2, 3])
result = np.reciprocal(a)
print(result, result.dtype)
