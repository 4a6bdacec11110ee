import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
result = (x.std(correction=1), x.var(correction=1))
print(result)
