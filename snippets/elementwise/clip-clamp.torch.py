import torch

a = torch.tensor([-3, 0, 2, 9])
result = {
    "both": torch.clamp(a, 0, 5),
    "upper only": torch.clamp(a, max=3),
    "array bounds": torch.clamp(a, torch.tensor([0, 1, 2, 3]), torch.tensor(5)),
}
print(result)
