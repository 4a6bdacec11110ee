from fractions import Fraction

import torch

torch.save({"ratio": Fraction(1, 3)}, "obj.pt")
loaded = torch.load("obj.pt", weights_only=False)
result = str(loaded["ratio"])
print(result)
