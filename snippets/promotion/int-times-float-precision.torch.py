import torch

t = torch.tensor([16_777_216, 16_777_217, 16_777_218])
result = t * 1.0
print(result.dtype)
print(result.tolist())
