import torch

z = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]], dtype=torch.float64)
result = torch.logsumexp(z, dim=-1)
print(result)
