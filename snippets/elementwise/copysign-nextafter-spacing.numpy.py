"""`np.copysign` and `np.nextafter` keep their names in PyTorch. `np.spacing(x)`, the distance from
`x` to the next float away from zero, has no PyTorch function: write
`torch.nextafter(x, torch.copysign(inf, x)) - x`. At 1.0 it is machine epsilon, and at 0 the
smallest subnormal number.
"""
# /// pair
# title = "Float bit-level helpers: copysign, nextafter, spacing"
# expect = "equal"
# rtol = 0.0
# atol = 0.0
# same_dtype = true
# order = 45
# numpy_call = "np.spacing(x)"
# torch_call = "torch.nextafter(x, torch.copysign(inf, x)) - x"
# ///
import numpy as np

x = np.array([1.0, -1.0, 0.0, 1e10])
magnitudes = np.array([1.0, 2.0, 3.0, 4.0])
signs = np.array([-1.0, 0.0, -0.0, 5.0])
towards = np.array([2.0, -2.0, 1.0, 0.0])
result = {
    "copysign": np.copysign(magnitudes, signs),
    "nextafter": np.nextafter(x, towards) - x,
    "spacing": np.spacing(x),
}
print(result)
