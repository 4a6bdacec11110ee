import torch

t = torch.tensor([1.001, 3.14159, 70000.0, 1e5, -2.5e-3, 0.1], dtype=torch.float32)
result = t.to(torch.bfloat16)
print(result)
print(result.float())
