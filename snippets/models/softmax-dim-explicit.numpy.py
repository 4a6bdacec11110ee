"""With `dim=-1`, `F.softmax` normalises each row of class scores of the 3-D batch, as the NumPy
formula over `axis=-1` does, without a warning.
"""
# /// pair
# title = "Softmax of a 3-D batch: F.softmax(z, dim=-1)"
# expect = "equal"
# same_dtype = true
# order = 2
# numpy_call = "e = np.exp(z - z.max(-1, keepdims=True)); e / e.sum(-1, keepdims=True)"
# torch_call = "F.softmax(z, dim=-1)"
# ///
import numpy as np

z = np.array([[[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], [[2.0, 2.0, 1.0], [1.5, 0.5, -0.5]]])
e = np.exp(z - z.max(axis=-1, keepdims=True))
result = e / e.sum(axis=-1, keepdims=True)
print(result)
