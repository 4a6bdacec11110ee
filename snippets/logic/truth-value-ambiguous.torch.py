import torch

x = torch.tensor([1, -2, 3])
result = "positive" if x > 0 else "not positive"
