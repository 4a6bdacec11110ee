"""Converting both operands with `.half()` (or `.to(torch.float16)`) gives NumPy's float16 product,
overflow to `inf` included, and so does `torch.autocast("cpu", dtype=torch.float16)`, which the
PyTorch side checks. Name the dtype: without it, CPU autocast computes in bfloat16 (the PyTorch
side prints the dtype it gets), which spends its 16 bits on range rather than precision and
rounds differently (see [bfloat16 rounding emulated](#bfloat16-emulated)).
"""
# /// pair
# title = "Half precision: .half() or autocast with dtype=torch.float16"
# expect = "equal"
# same_dtype = true
# order = 24
# old_ids = ["dtypes/bfloat16-not-float16"]
# numpy_call = "a.astype(np.float16) @ w.astype(np.float16)"
# torch_call = "a.half() @ w.half()"
# ///
import numpy as np

a = np.array([[1.001, 3.14159], [70000.0, 0.1]], dtype=np.float32)
w = np.array([[1.0, 0.5], [0.25, 1.0]], dtype=np.float32)
with np.errstate(over="ignore"):
    result = a.astype(np.float16) @ w.astype(np.float16)
print(result, result.dtype)
