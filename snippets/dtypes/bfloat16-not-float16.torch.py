import torch

t = torch.tensor([1.001, 3.14159, 70000.0, 1e5], dtype=torch.float32)
result = t.to(torch.bfloat16)
print(result)
print(torch.finfo(torch.bfloat16).eps, torch.finfo(torch.bfloat16).max)
