"""Converting the mask to a floating-point dtype before the mean gives the fraction: `.double()`
keeps NumPy's float64 (`.float()` gives float32, which is usually enough for an accuracy).
`mask.sum() / len(mask)` works too: an int64 divided by an int is a float in both libraries.
"""
# /// pair
# title = "Accuracy in PyTorch: convert the mask, then take the mean"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "(pred == labels).mean()"
# torch_call = "(pred == labels).double().mean()"
# ///
import numpy as np

pred = np.array([1, 0, 2, 2, 1])
labels = np.array([1, 1, 2, 0, 1])
result = (pred == labels).mean()
print(result)
