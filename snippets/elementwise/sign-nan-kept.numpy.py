"""Put the NaNs back with `torch.where`: where the input is NaN, take the input, else its sign.
"""
# /// pair
# title = "sign that keeps NaN: torch.where"
# expect = "equal"
# same_dtype = true
# order = 23
# numpy_call = "np.sign(x)"
# torch_call = "torch.where(x.isnan(), x, torch.sign(x))"
# ///
import numpy as np

x = np.array([-2.0, -0.0, 0.0, 3.0, np.nan])
result = np.sign(x)
print(result)
