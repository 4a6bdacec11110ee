import torch

square = torch.eye(3, dtype=torch.float64)
wide = torch.eye(2, 4, dtype=torch.float64)
print(square)
print(wide)
result = (square, wide)
