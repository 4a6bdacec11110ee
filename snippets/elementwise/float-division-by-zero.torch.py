import torch

x = torch.tensor([5.0, -5.0, 0.0], dtype=torch.float64)
a = torch.tensor([5, -5, 0])
result = {"float": x / 0.0, "int": a.double() / torch.tensor([0, 0, 0])}
print(result)
