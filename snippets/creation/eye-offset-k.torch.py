import torch

result = torch.eye(3, 4, k=1)
print(result)
