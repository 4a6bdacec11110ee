"""With its default `casting="safe"`, `np.can_cast` refuses any cast that can lose information:
int64 → float32, float32 → float16 and uint8 → int8 are all `False`. `torch.can_cast` has no
`casting` argument and allows them, since they stay within a kind or go up one. Port a safety check
with NumPy's rule by keeping `np.can_cast` on the matching NumPy dtypes, as in [NumPy's rule in a
port](#can-cast-safe-numpy-rule).
"""
# /// pair
# title = "np.can_cast defaults to safe casting"
# expect = "differs"
# difference = "torch.can_cast follows same_kind casting, not NumPy's default safe casting"
# see = ["promotion/can-cast-same-kind"]
# fix = "promotion/can-cast-safe-numpy-rule"
# order = 21
# numpy_call = "np.can_cast(a, b)"
# torch_call = "torch.can_cast(a, b)"
# ///
import numpy as np

casts = [(np.int64, np.float32), (np.float32, np.float16), (np.uint8, np.int8)]
result = [bool(np.can_cast(a, b)) for a, b in casts]
print(result)
a, b = casts[0]
