import torch

a = torch.tensor([127, 100], dtype=torch.int8)
b = torch.tensor([1, 100], dtype=torch.int8)
result = {"sum": a + b, "product": a * torch.tensor([1, 2], dtype=torch.int8)}
print(result)
