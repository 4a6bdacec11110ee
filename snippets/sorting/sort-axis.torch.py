import torch

m = torch.tensor([[3, 1, 2], [0, 5, 4]])
result = {
    "last axis": torch.sort(m).values,
    "axis 0": torch.sort(m, dim=0).values,
    "flattened": torch.sort(m.flatten()).values,
}
print(result)
