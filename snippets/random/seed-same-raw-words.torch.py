import torch

torch.manual_seed(0)
result = torch.randint(0, 2**16, (8,))
print(result)
