from fractions import Fraction

import torch

torch.save({"ratio": Fraction(1, 3)}, "obj.pt")
result = torch.load("obj.pt")
