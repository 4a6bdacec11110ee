import torch

torch.manual_seed(0)
x = torch.empty(100_000, dtype=torch.float64).uniform_(2, 5)
result = {"mean": x.mean(), "std": x.std(), "min": x.min(), "max": x.max()}
print(result)
