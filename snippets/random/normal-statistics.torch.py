import torch

torch.manual_seed(0)
x = torch.normal(2.0, 3.0, size=(1_000_000,), dtype=torch.float64)
result = {"mean": x.mean(), "std": x.std(correction=0)}
print(result)
