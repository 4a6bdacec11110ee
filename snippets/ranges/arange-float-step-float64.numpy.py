"""With `dtype=torch.float64`, `torch.arange` gives the offsets a tenth apart that NumPy gives.
They are not identical to the last bit (the largest difference is about
{{ranges/arange-float-step-float64 max_abs_diff:.0e}}, a unit or two in
the last place of numbers near 1e6, because the two libraries compute the elements differently),
but far inside the default tolerance. The dtype matters as soon as the start is large compared
with the step.
"""
# /// pair
# title = "Float steps: torch.arange(..., dtype=torch.float64)"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.arange(1e6, 1e6 + 1, 0.1)"
# torch_call = "torch.arange(1e6, 1e6 + 1, 0.1, dtype=torch.float64)"
# ///
import numpy as np

times = np.arange(1_000_000, 1_000_001, 0.1)
print(len(times), times.dtype)
result = times - 1_000_000
print(result)
