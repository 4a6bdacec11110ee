import torch

x = torch.tensor([[1.0, 4.0, 2.0], [3.0, -1.0, 5.0]], dtype=torch.float64)
result = {
    "sum": torch.sum(x, dim=0),
    "prod": torch.prod(x, dim=1),
    "min": torch.amin(x, dim=1),
    "amin": torch.amin(x),
    "std": torch.std(x, dim=0, correction=0),
    "var": torch.var(x, correction=0),
}
print(result)
