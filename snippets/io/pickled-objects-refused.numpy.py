"""Both loaders refuse arbitrary Python objects unless told otherwise. `np.load` raises
`ValueError` for an object array because `allow_pickle` is `False`; `torch.load` raises
`UnpicklingError` for any class outside its allow-list (here `fractions.Fraction`) because
`weights_only` is `True`. Note the different exception classes if the loading code catches them.
"""
# /// pair
# title = "Pickled Python objects are refused on load by default"
# expect = "both-raise"
# order = 4
# numpy_call = "np.load('obj.npy')"
# torch_call = "torch.load('obj.pt')"
# ///
from fractions import Fraction

import numpy as np

np.save("obj.npy", np.array([Fraction(1, 3)], dtype=object))
result = np.load("obj.npy")
