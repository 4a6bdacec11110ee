"""`np.heaviside(x, h0)` gives 0 below zero, 1 above, and `h0` at exactly zero. `torch.heaviside`
takes the same arguments, but `h0` must be a tensor (a Python float raises `TypeError`) of the
same dtype as `x` (a float32 `h0` with float64 `x` raises `RuntimeError`): build it with
`dtype=x.dtype`. The PyTorch side tries both mistakes.
"""
# /// pair
# title = "Step function: np.heaviside"
# expect = "equal"
# same_dtype = true
# order = 46
# numpy_call = "np.heaviside(x, 0.5)"
# torch_call = "torch.heaviside(x, torch.tensor(0.5, dtype=x.dtype))"
# ///
import numpy as np

x = np.array([-2.0, 0.0, 3.0])
result = np.heaviside(x, 0.5)
print(result)
