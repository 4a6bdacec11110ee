import pickle
from fractions import Fraction

import torch

torch.save({"ratio": Fraction(1, 3)}, "obj.pt")
try:
    result = torch.load('obj.pt')
except pickle.UnpicklingError as error:
    print(type(error).__name__, error)
    result = "refused"
