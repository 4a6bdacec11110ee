"""The textbook binary cross-entropy `-(y log p + (1 - y) log(1 - p))` is infinite when the model is
certain and wrong (p = 0 with y = 1, or p = 1 with y = 0); NumPy returns `inf` (with a
divide-by-zero warning, silenced here). `F.binary_cross_entropy` clamps each log at -100, so the
same elements cost exactly 100: a finite loss that hides the overflow. To reproduce NumPy's values,
write the formula, as in [the faithful translation](#bce-formula).
"""
# /// pair
# title = "Binary cross-entropy at p = 0 or 1: inf in the formula, 100 in F.binary_cross_entropy"
# expect = "differs"
# difference = "F.binary_cross_entropy clamps the log at -100, so a certain wrong prediction costs 100, not inf"
# see = ["models/bce-formula"]
# fix = "models/bce-formula"
# order = 9
# numpy_call = "-(y * np.log(p) + (1 - y) * np.log(1 - p))"
# torch_call = "F.binary_cross_entropy(p, y, reduction='none')"
# ///
import numpy as np

p = np.array([0.0, 0.5, 1.0, 0.9])
y = np.array([1.0, 1.0, 0.0, 1.0])
with np.errstate(divide="ignore"):
    result = -(y * np.log(p) + (1 - y) * np.log(1 - p))
print(result)
