"""NumPy's `mode="edge"` repeats the border values; `F.pad` calls it `mode="replicate"`. With
an extra leading dimension (added with `None`, removed again with `[0]`) the matrix becomes a
one-channel image, and padding its last two dimensions gives NumPy's result.
"""
# /// pair
# title = "Repeating the border: mode='edge' and mode='replicate'"
# expect = "equal"
# same_dtype = true
# order = 25
# numpy_call = "np.pad(a, 1, mode='edge')"
# torch_call = "F.pad(t[None], (1, 1, 1, 1), mode='replicate')[0]"
# ///
import numpy as np

a = np.arange(1.0, 7.0).reshape(2, 3)
result = np.pad(a, 1, mode="edge")
print(result)
