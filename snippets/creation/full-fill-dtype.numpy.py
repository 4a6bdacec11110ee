"""`np.full` and `torch.full` both pick the dtype from the fill value when none is given: an
integer fill gives int64 and a boolean fill gives bool in both. A float fill is where they part:
float64 in NumPy, the default float32 in PyTorch (the last entry, shown with `dtype=torch.float64`).
PyTorch wants the shape as a tuple or list here; `torch.full(2, 7)` is an error.
"""
# /// pair
# title = "Filled with a value: full picks the dtype from the fill"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.full((2, 3), 7)"
# torch_call = "torch.full((2, 3), 7)"
# ///
import numpy as np

result = [
    np.full((2, 3), 7),
    np.full((2,), True),
    np.full((2,), 0.5),
]
for array in result:
    print(array.dtype, array.tolist())
