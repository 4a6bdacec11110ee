import torch

v = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
w = torch.tensor([4.0, -5.0, 6.0], dtype=torch.float64)
result = torch.dot(v, w)
print(result)
