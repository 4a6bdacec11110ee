import torch

a = torch.tensor([[1.001, 3.14159], [70000.0, 0.1]])
w = torch.tensor([[1.0, 0.5], [0.25, 1.0]])
with torch.autocast("cpu"):
    result = a @ w
print(result, result.dtype)
print(torch.finfo(torch.bfloat16).eps, torch.finfo(torch.bfloat16).max)
