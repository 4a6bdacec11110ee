"""The eleven everyday dtypes exist in both libraries under the same names: `np.int16` becomes
`torch.int16`, `np.complex64` becomes `torch.complex64`, and so on. Only NumPy's boolean is spelled
with a trailing underscore (`np.bool_`, or `np.bool` in NumPy 2); PyTorch's is `torch.bool`.
The build compares the two lists by dtype name.
"""
# /// pair
# title = "The common dtypes, name for name"
# expect = "equal"
# order = 1
# numpy_call = "np.int8, np.float32, np.complex64, …"
# torch_call = "torch.int8, torch.float32, torch.complex64, …"
# ///
import numpy as np

result = [
    np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8,
    np.float16, np.float32, np.float64, np.complex64, np.complex128,
]
for kind in result:
    print(np.dtype(kind).name, np.dtype(kind).itemsize, "bytes")
