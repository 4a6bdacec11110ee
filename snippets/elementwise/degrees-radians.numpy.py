"""`np.degrees` and `np.rad2deg` are the same function, as are `np.radians` and `np.deg2rad`.
PyTorch has only the second spelling: `torch.rad2deg` and `torch.deg2rad`.
"""
# /// pair
# title = "Degrees and radians: degrees, radians, deg2rad"
# expect = "equal"
# same_dtype = true
# order = 39
# numpy_call = "np.radians(deg)"
# torch_call = "torch.deg2rad(deg)"
# ///
import numpy as np

deg = np.array([0.0, 90.0, 180.0, -45.0])
rad = np.radians(deg)
result = {"radians": rad, "deg2rad": np.deg2rad(deg), "degrees": np.degrees(rad)}
print(result)
