import torch

a = torch.tensor([1, 1, 3, 0, 3, 3])
w = torch.tensor([0.5, 0.5, 1.0, 2.0, 1.0, 1.0], dtype=torch.float64)
result = {
    "counts": torch.bincount(a, minlength=6),
    "weighted": torch.bincount(a, weights=w),
}
print(result)
