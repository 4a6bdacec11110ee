import torch

torch.manual_seed(0)
n = 1_000_000
x = torch.normal(2.0, 3.0, size=(n,), dtype=torch.float64)
result = {"mean": x.mean(), "std": x.std(correction=0)}
print(result)
