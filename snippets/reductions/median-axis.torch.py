import torch

m = torch.tensor([[3.0, 1.0, 2.0], [9.0, 7.0, 8.0]], dtype=torch.float64)
median = torch.median(m, dim=1)
print(median.indices)
result = median.values
print(result)
