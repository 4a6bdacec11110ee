import torch

print(len(torch.zeros(5, 2)))
scalar = torch.tensor(3.0)
result = len(scalar)
