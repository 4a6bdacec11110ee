"""Every NumPy constructor that invents floating-point values gives float64; every PyTorch
constructor gives the default dtype, float32, at half the precision. Code ported with no `dtype`
argument silently computes in single precision. Pass `dtype=torch.float64`, as in
[the faithful translation](#default-float-float64), or change the default globally
(see [torch.set_default_dtype](#set-default-dtype)).
"""
# /// pair
# title = "Default float dtype of constructors: float64 vs float32"
# expect = "differs"
# difference = "torch constructors default to float32"
# order = 6
# see = ["dtypes/default-float-float64"]
# fix = "dtypes/default-float-float64"
# numpy_call = "np.zeros(3)"
# torch_call = "torch.zeros(3)"
# ///
import numpy as np

result = {
    "zeros": np.zeros(3).dtype,
    "ones": np.ones(3).dtype,
    "empty": np.empty(3).dtype,
    "eye": np.eye(3).dtype,
    "full": np.full(3, 0.5).dtype,
    "arange": np.arange(0.0, 1.0, 0.25).dtype,
    "linspace": np.linspace(0, 1, 5).dtype,
    "rand": np.random.rand(3).dtype,
}
for name, kind in result.items():
    print(f"{name:9}", kind)
