import torch

a = torch.tensor([-3, 0, 2, 9])
result = {"int": torch.clamp(a, 5, 2), "float": torch.clamp(a.to(torch.float64), 5.0, 2.0)}
print(result)
