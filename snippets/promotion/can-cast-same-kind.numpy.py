"""`torch.can_cast(from_, to)` answers a looser question than `np.can_cast`'s default: it allows
any cast that stays within the same kind or goes up a kind (bool → integer → float → complex), even
one that loses precision such as int64 → float32 or float32 → float16. That is NumPy's
`casting="same_kind"`; NumPy's default `casting="safe"` refuses those (see
[the default](#can-cast-safe-default)). Both refuse float → integer and complex → float.
"""
# /// pair
# title = "Which casts are allowed: np.can_cast and torch.can_cast"
# expect = "equal"
# see = ["promotion/can-cast-safe-default"]
# order = 20
# numpy_call = "np.can_cast(a, b, casting='same_kind')"
# torch_call = "torch.can_cast(a, b)"
# ///
import numpy as np

casts = [
    (np.int64, np.float32),
    (np.float32, np.float16),
    (np.uint8, np.int8),
    (np.bool_, np.int8),
    (np.float64, np.int32),
    (np.complex64, np.float64),
]
result = [bool(np.can_cast(a, b, casting="same_kind")) for a, b in casts]
print(result)
a, b = casts[0]
