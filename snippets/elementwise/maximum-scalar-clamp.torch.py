import torch

a = torch.tensor([1, 5, 2, 7])
result = {"clamp": torch.clamp(a, min=3), "tensor": torch.maximum(a, torch.tensor(3))}
print(result)
