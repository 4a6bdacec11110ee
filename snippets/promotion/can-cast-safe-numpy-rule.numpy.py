"""PyTorch has no safe-casting rule: `torch.can_cast` knows only `same_kind`. A port that must refuse
the casts NumPy's default refuses keeps NumPy's check, on the NumPy dtypes that match the tensors'
(an empty tensor's `.numpy().dtype` gives them, bfloat16 aside, which NumPy lacks). The PyTorch
side asks exactly the question NumPy asked, and gets its answers: int64 → float32, float32 →
float16 and uint8 → int8 refused, the widening casts allowed.
"""
# /// pair
# title = "np.can_cast's safe rule in a port: ask NumPy about the matching dtypes"
# expect = "equal"
# order = 22
# numpy_call = "np.can_cast(a, b)"
# torch_call = "np.can_cast(torch.empty(0, dtype=a).numpy().dtype, torch.empty(0, dtype=b).numpy().dtype)"
# ///
import numpy as np

casts = [
    (np.int64, np.float32),
    (np.float32, np.float16),
    (np.uint8, np.int8),
    (np.int32, np.float64),
    (np.uint8, np.int16),
    (np.bool_, np.float16),
]
result = [bool(np.can_cast(a, b)) for a, b in casts]
print(result)
a, b = casts[0]
