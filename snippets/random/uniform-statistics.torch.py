import torch

torch.manual_seed(0)
n = 1_000_000
x = torch.empty(n, dtype=torch.float64).uniform_(2, 5)
result = {"mean": x.mean(), "std": x.std(correction=0), "min": x.min(), "max": x.max()}
print(result)
