"""Each PyTorch constructor takes a `dtype` keyword; with `dtype=torch.float64` the results match
NumPy's float64 defaults exactly. `torch.full` is the exception that needs no keyword for integers
and booleans (its dtype follows the fill value), but a float fill still gives float32 unless told.
"""
# /// pair
# title = "Default float dtype: pass dtype=torch.float64"
# expect = "equal"
# order = 7
# numpy_call = "np.zeros(3)"
# torch_call = "torch.zeros(3, dtype=torch.float64)"
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
