import torch

x = torch.tensor([-2.0, -0.0, 0.0, 3.0, float("nan")], dtype=torch.float64)
result = torch.where(x.isnan(), x, torch.sign(x))
print(result)
