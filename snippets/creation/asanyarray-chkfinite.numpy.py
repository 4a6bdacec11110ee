"""`np.asanyarray` is `np.asarray` that lets subclasses (such as masked arrays) through; PyTorch has
no array subclasses in that sense, so `torch.as_tensor` is the translation. `np.asarray_chkfinite`
raises `ValueError` when the data contain NaN or infinity; PyTorch has no such constructor, so test
`torch.isfinite(t).all()` and raise yourself.
"""
# /// pair
# title = "Converting with checks: asanyarray and asarray_chkfinite"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.asarray_chkfinite([3.0, 4.0])"
# torch_call = "t = torch.as_tensor([3.0, 4.0]); if not torch.isfinite(t).all(): raise ValueError(...)"
# ///
import numpy as np

converted = np.asanyarray([1.0, 2.0])
try:
    np.asarray_chkfinite([1.0, np.nan])
    error = None
except ValueError as exc:
    error = type(exc).__name__
result = {
    "asanyarray": converted,
    "chkfinite_ok": np.asarray_chkfinite([3.0, 4.0]),
    "error": error,
}
print(result)
