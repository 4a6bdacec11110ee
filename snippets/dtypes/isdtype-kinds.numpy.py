"""`np.isdtype(dtype, kind)` (NumPy 2.0) tests a dtype against a kind such as `"real floating"`,
`"complex floating"`, `"integral"` or `"bool"`; older code asks `np.issubdtype(a.dtype,
np.floating)` or compares `a.dtype.kind`. PyTorch has no `isdtype`, but a dtype knows
`is_floating_point`, `is_complex` and `is_signed` (and a tensor has the methods
`t.is_floating_point()` and `t.is_complex()`); integral is "none of those and not bool".
"""
# /// pair
# title = "Asking a dtype's kind: np.isdtype"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# order = 30
# old_ids = ["attributes/dtype-kind"]
# numpy_call = "np.isdtype(np.float32, 'real floating')"
# torch_call = "torch.float32.is_floating_point"
# ///
import numpy as np

dtypes = [np.float32, np.complex64, np.int8, np.uint8, np.bool_]
result = {
    "real floating": [np.isdtype(d, "real floating") for d in dtypes],
    "complex floating": [np.isdtype(d, "complex floating") for d in dtypes],
    "integral": [np.isdtype(d, "integral") for d in dtypes],
    "signed integer": [np.isdtype(d, "signed integer") for d in dtypes],
    "bool": [np.isdtype(d, "bool") for d in dtypes],
    "issubdtype floating": [bool(np.issubdtype(np.zeros(1, d).dtype, np.floating)) for d in dtypes],
    "kind c": [np.zeros(1, d).dtype.kind == "c" for d in dtypes],
}
print(result)
