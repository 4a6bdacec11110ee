import torch

t = torch.tensor([[30, 10, 20], [5, 15, 0]])
idx = torch.argsort(t, dim=1)
result = (
    torch.take_along_dim(t, idx, dim=1),
    torch.take_along_dim(t, torch.tensor([[2, 0]]), dim=1),
    torch.take_along_dim(t, torch.tensor([[-1]]), dim=1),
)
print(idx)
print(result)
