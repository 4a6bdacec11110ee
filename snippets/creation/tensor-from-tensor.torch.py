import torch

t = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
copy = torch.tensor(t)
copy[0] = 100.0
result = {"original": t, "copy": copy}
print(result)
