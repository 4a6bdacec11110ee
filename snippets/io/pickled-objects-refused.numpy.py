"""Both loaders refuse arbitrary Python objects unless told otherwise. `np.load` raises
`ValueError` for an object array because `allow_pickle` is `False`; `torch.load` raises
`UnpicklingError` for any class outside its allow-list (here `fractions.Fraction`) because
`weights_only` is `True`. `UnpicklingError` is not a `ValueError`, so loading code that catches
NumPy's refusal lets PyTorch's through ([caught](#pickled-objects-refused-caught)).
"""
# /// pair
# title = "Pickled Python objects are refused on load, with different exceptions"
# expect = "differs"
# difference = "PyTorch raises {{io/pickled-objects-refused torch.error}}, which an except clause for {{io/pickled-objects-refused numpy.error}} does not catch"
# fix = "io/pickled-objects-refused-caught"
# order = 4
# numpy_call = "np.load('obj.npy')"
# torch_call = "torch.load('obj.pt')"
# ///
from fractions import Fraction

import numpy as np

np.save("obj.npy", np.array([Fraction(1, 3)], dtype=object))
result = np.load("obj.npy")
