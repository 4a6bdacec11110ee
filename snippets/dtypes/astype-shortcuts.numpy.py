"""PyTorch has one-word conversion methods for the common dtypes. Their names are the C type names,
so two need care: `.float()` gives float32 (not float64) and `.char()` gives int8 (not a
character type). `.byte()` is uint8 and `.int()` is int32.
"""
# /// pair
# title = "Conversion shortcuts: .float(), .double(), .long(), …"
# expect = "equal"
# same_dtype = true
# order = 16
# numpy_call = "a.astype(np.float64)"
# torch_call = "t.double()"
# ///
import numpy as np

a = np.array([0.0, 1.5, 100.0])
result = {
    "float": a.astype(np.float32),
    "double": a.astype(np.float64),
    "half": a.astype(np.float16),
    "long": a.astype(np.int64),
    "int": a.astype(np.int32),
    "short": a.astype(np.int16),
    "char": a.astype(np.int8),
    "byte": a.astype(np.uint8),
    "bool": a.astype(bool),
}
for name, value in result.items():
    print(f"{name:7}", value.dtype, value)
