import torch

m = torch.tensor([[1.0, float("nan"), 3.0], [float("nan"), -2.0, -5.0]], dtype=torch.float64)
result = torch.where(m.isnan(), -torch.inf, m).amax(dim=1)
print(result)
