import torch

x = torch.tensor([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]], dtype=torch.float64)
result = x / torch.linalg.norm(x, dim=1, keepdim=True)
print(result)
