"""Dividing each row by its Euclidean norm turns an all-zero row into `0 / 0`, NaN, in NumPy (with an
`invalid value` warning, silenced here). `F.normalize`, the usual translation, divides by the norm
but never by less than `eps` (1e-12 by default, as the signature printed on the PyTorch side
shows), so the zero row stays zeros. The other rows agree. If the NaN mattered (as a signal of
empty input), divide by hand, as in [the faithful translation](#normalize-by-hand).
"""
# /// pair
# title = "Normalising rows: a zero row gives NaN in NumPy, zeros in F.normalize"
# expect = "differs"
# difference = "F.normalize divides by max(norm, eps), so a zero row stays zero instead of NaN"
# see = ["models/normalize-by-hand"]
# fix = "models/normalize-by-hand"
# order = 17
# numpy_call = "x / np.linalg.norm(x, axis=1, keepdims=True)"
# torch_call = "F.normalize(x, dim=1)"
# ///
import numpy as np

x = np.array([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]])
with np.errstate(invalid="ignore"):
    result = x / np.linalg.norm(x, axis=1, keepdims=True)
print(result)
