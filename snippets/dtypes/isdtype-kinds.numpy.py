"""`np.isdtype(dtype, kind)` (NumPy 2.0) tests a dtype against a kind such as `"real floating"`,
`"complex floating"`, `"integral"` or `"bool"`. PyTorch has no `isdtype`, but a dtype knows
`is_floating_point`, `is_complex` and `is_signed`; integral is "none of those and not bool".
"""
# /// pair
# title = "Asking a dtype's kind: np.isdtype"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# order = 30
# numpy_call = "np.isdtype(d, 'real floating')"
# torch_call = "d.is_floating_point"
# ///
import numpy as np

dtypes = [np.float32, np.complex64, np.int8, np.uint8, np.bool_]
result = {
    "real floating": [np.isdtype(d, "real floating") for d in dtypes],
    "complex floating": [np.isdtype(d, "complex floating") for d in dtypes],
    "integral": [np.isdtype(d, "integral") for d in dtypes],
    "signed integer": [np.isdtype(d, "signed integer") for d in dtypes],
    "bool": [np.isdtype(d, "bool") for d in dtypes],
}
print(result)
