import torch

a = torch.arange(9.0, dtype=torch.float64).reshape(3, 3)
b = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype=torch.float64)
result = (torch.linalg.cross(a, b), torch.linalg.cross(a, b, dim=0))
print(result[0])
