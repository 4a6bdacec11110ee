"""`np.exp2`, `np.logaddexp` and `np.logaddexp2` keep their names in PyTorch. `logaddexp(a, b)` is
`log(exp(a) + exp(b))` computed without overflow, so it stays finite where the naive formula gives
infinity: here `exp(1000)` overflows, but `logaddexp(1000, 1000)` is `1000 + log 2`.
"""
# /// pair
# title = "exp2, logaddexp and logaddexp2"
# expect = "equal"
# same_dtype = true
# order = 40
# numpy_call = "np.logaddexp(a, b)"
# torch_call = "torch.logaddexp(a, b)"
# ///
import numpy as np

a = np.array([0.0, 1.0, 1000.0])
b = np.array([0.0, -1.0, 1000.0])
result = {
    "exp2": np.exp2(np.array([0.0, 3.0, -1.0])),
    "logaddexp": np.logaddexp(a, b),
    "logaddexp2": np.logaddexp2(a, b),
}
print(result)
