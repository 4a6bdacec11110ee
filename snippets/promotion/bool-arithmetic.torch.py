import torch

m = torch.tensor([True, True, False, False])
n = torch.tensor([True, False, True, False])
result = {"m + n": m + n, "m * n": m * n, "m + 1": m + 1, "m.sum()": m.sum()}
for key, value in result.items():
    print(f"{key:8} {value} {value.dtype}")
