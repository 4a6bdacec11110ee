import torch

m = torch.tensor([[4, 1, 7], [9, 2, 3]])
result = {
    "values": torch.max(m, dim=1).values,
    "amax": torch.amax(m, dim=1),
    "indices": torch.max(m, dim=1).indices,
}
print(result)
