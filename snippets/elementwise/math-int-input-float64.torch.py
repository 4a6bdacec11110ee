import torch

a = torch.tensor([2, 9, 20]).to(torch.float64)
result = {"sqrt": torch.sqrt(a), "exp": torch.exp(a)}
print(result)
