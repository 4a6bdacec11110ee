import torch

x = torch.tensor([1, 2, 3])
result = torch.linalg.vander(x)
print(result)
