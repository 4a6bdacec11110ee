"""Asking "is this floating point?" goes through the dtype's `kind` or `np.issubdtype` in
NumPy. A `torch.dtype` answers directly with `is_floating_point` and `is_complex`, and the
tensor has the methods `t.is_floating_point()` and `t.is_complex()`.
"""
# /// pair
# title = "Is the dtype floating point?"
# expect = "equal"
# order = 15
# numpy_call = "np.issubdtype(a.dtype, np.floating)"
# torch_call = "t.is_floating_point()"
# ///
import numpy as np

arrays = [np.zeros(2, dtype=dt) for dt in (np.float16, np.int64, np.complex64)]
result = [(bool(np.issubdtype(a.dtype, np.floating)), a.dtype.kind == "c") for a in arrays]
print(result)
