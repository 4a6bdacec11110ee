import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=torch.float64)
w = torch.tensor([3.0, 1.0, 1.0], dtype=torch.float64)
result = {
    "all": (x[0] * w).sum() / w.sum(),
    "rows": (x * w).sum(dim=1) / w.sum(),
}
print(result)
