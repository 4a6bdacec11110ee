import torch

t = torch.arange(6, dtype=torch.int32).reshape(2, 3)
torch.save(t, "a.pt")
result = torch.load("a.pt")
print(result)
print(result.dtype)
