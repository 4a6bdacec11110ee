"""Three faithful forms: `.values` of the named tuple, `torch.amax` (which returns only the values,
like `np.amax`, and accepts several dims at once), and `.indices` for what `np.argmax` gives. The
same holds for `torch.min`, `torch.amin` and `np.argmin`.
"""
# /// pair
# title = "Maximum along an axis: .values and torch.amax"
# expect = "equal"
# same_dtype = true
# order = 26
# numpy_call = "np.max(m, axis=1)"
# torch_call = "torch.amax(m, dim=1)"
# ///
import numpy as np

m = np.array([[4, 1, 7], [9, 2, 3]])
result = {
    "values": np.max(m, axis=1),
    "amax": np.amax(m, axis=1),
    "indices": np.argmax(m, axis=1),
}
print(result)
