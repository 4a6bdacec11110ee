"""Questions about an array's dtype are functions in NumPy and methods or attributes in PyTorch:
`np.issubdtype(a.dtype, np.floating)` is `t.is_floating_point()`, `np.iscomplexobj(a)` is
`t.is_complex()`, and `a.itemsize` is `t.element_size()` (or `t.dtype.itemsize`). The
`is_floating_point` test is false for complex tensors, as NumPy's `np.floating` check is.
"""
# /// pair
# title = "Asking about a dtype: is_floating_point, is_complex, element_size"
# expect = "equal"
# order = 27
# numpy_call = "np.issubdtype(a.dtype, np.floating)"
# torch_call = "t.is_floating_point()"
# ///
import numpy as np

arrays = [np.zeros(2, np.float16), np.zeros(2, np.int32), np.zeros(2, np.complex64)]
result = [
    (
        np.issubdtype(a.dtype, np.floating),
        np.iscomplexobj(a),
        a.itemsize,
    )
    for a in arrays
]
for a, answer in zip(arrays, result):
    print(a.dtype, answer)
