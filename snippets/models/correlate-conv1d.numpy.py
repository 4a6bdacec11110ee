"""`np.correlate` slides the kernel without flipping it, which is exactly what `F.conv1d`
computes, so this translation needs no flip: only the reshape to `(batch, channels, length)`
and back.
"""
# /// pair
# title = "np.correlate and F.conv1d"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.correlate(x, k, mode='valid')"
# torch_call = "F.conv1d(x.view(1, 1, -1), k.view(1, 1, -1)).flatten()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
k = np.array([1.0, 0.0, -1.0])
result = np.correlate(x, k, mode="valid")
print(result)
