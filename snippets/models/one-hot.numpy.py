"""Indexing the rows of an identity matrix with the labels is the usual NumPy one-hot encoding;
`F.one_hot` is the built-in. It returns int64, so the NumPy side asks `np.eye` for int64 too
(its default would be float64); call `.float()` on the PyTorch result where floats are needed.
"""
# /// pair
# title = "One-hot encoding: np.eye(n)[labels] and F.one_hot"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.eye(4, dtype=np.int64)[labels]"
# torch_call = "F.one_hot(labels, num_classes=4)"
# ///
import numpy as np

labels = np.array([0, 2, 1])
result = np.eye(4, dtype=np.int64)[labels]
print(result)
