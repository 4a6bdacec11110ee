import torch

z = torch.tensor([[1.0, 2.0, 3.0], [10.0, 50.0, 100.0]])
e = torch.exp(z)
result = e / e.sum(dim=-1, keepdim=True)
print(z.dtype)
print(result)
