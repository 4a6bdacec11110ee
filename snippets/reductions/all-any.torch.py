import torch

m = torch.tensor([[1.0, 0.0, 2.0], [3.0, 0.0, 0.0]])
result = {
    "all": torch.all(m),
    "all axis 0": torch.all(m, dim=0),
    "any axis 1": torch.any(m, dim=1),
    "int any": torch.any(torch.tensor([0, 0, 5])),
}
print(result)
