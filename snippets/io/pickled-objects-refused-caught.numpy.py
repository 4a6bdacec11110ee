"""`torch.load` refuses a class outside its allow-list with `pickle.UnpicklingError`; catching
it handles the refusal as `except ValueError:` does around `np.load`.
"""
# /// pair
# title = "Catching a refused pickle: except pickle.UnpicklingError"
# expect = "equal"
# order = 4
# numpy_call = "try: np.load('obj.npy') except ValueError: ..."
# torch_call = "try: torch.load('obj.pt') except pickle.UnpicklingError: ..."
# ///
from fractions import Fraction

import numpy as np

np.save("obj.npy", np.array([Fraction(1, 3)], dtype=object))
try:
    result = np.load('obj.npy')
except ValueError as error:
    print(type(error).__name__, error)
    result = "refused"
