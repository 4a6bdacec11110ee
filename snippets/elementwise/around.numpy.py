"""`np.around` is an older alias of `np.round` (NumPy's documentation recommends `np.round`): it
rounds half to even and takes `decimals=`. `torch.round` rounds half to even too and accepts the
same `decimals=` keyword.
"""
# /// pair
# title = "np.around, the old name of np.round"
# expect = "equal"
# same_dtype = true
# order = 51
# numpy_call = "np.around(x, decimals=2)"
# torch_call = "torch.round(x, decimals=2)"
# ///
import numpy as np

x = np.array([0.5, 1.5, 2.5, -0.5, 1.2345])
result = {"integers": np.around(x), "two_decimals": np.around(x, decimals=2)}
print(result)
