import torch

x = torch.tensor([5.0], dtype=torch.float64)
result = {"population": x.std(correction=0), "sample": x.std()}
print(result)
