import torch

t = torch.tensor([1, 2, 3])
m = torch.tensor([[1, 2], [3, 4]])
result = (
    torch.cat([t, torch.tensor([4, 5])]),
    torch.cat([m.flatten(), torch.tensor([7])]),
    torch.cat([m, torch.tensor([[5, 6]])], dim=0),
)
print(result)
