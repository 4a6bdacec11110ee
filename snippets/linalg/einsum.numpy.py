"""`torch.einsum` takes the same subscript strings as `np.einsum`: batched products, traces,
transposes and reductions port unchanged. It does not promote mixed dtypes, though: an `int64`
operand with a `float64` one raises `RuntimeError` where NumPy returns floats, so convert first.
"""
# /// pair
# title = "einsum with the same subscripts"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.einsum('bij,bjk->bik', x, y)"
# torch_call = "torch.einsum('bij,bjk->bik', x, y)"
# ///
import numpy as np

x = np.arange(12.0).reshape(2, 2, 3)
y = np.arange(18.0).reshape(2, 3, 3)
result = {
    "batched_matmul": np.einsum("bij,bjk->bik", x, y),
    "trace_each": np.einsum("bii->b", y),
    "transpose": np.einsum("bij->bji", x),
    "total": np.einsum("bij->", x),
}
print(result["trace_each"], result["total"])
