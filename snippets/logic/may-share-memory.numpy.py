"""`np.may_share_memory(a, b)` checks whether the memory ranges of two arrays overlap (a quick test
that may report `True` for views that touch no common element). Tensors expose their storage: two
tensors share memory when `a.untyped_storage().data_ptr()` is the same for both, which holds for
views and slices and fails for copies.
"""
# /// pair
# title = "Do two arrays share memory: np.may_share_memory"
# expect = "equal"
# order = 24
# numpy_call = "np.may_share_memory(a, view)"
# torch_call = "a.untyped_storage().data_ptr() == view.untyped_storage().data_ptr()"
# ///
import numpy as np

a = np.arange(6)
view = a[2:]
copy = a.copy()
result = {"view": np.may_share_memory(a, view), "copy": np.may_share_memory(a, copy)}
print(result)
