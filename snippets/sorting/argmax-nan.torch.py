import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("nan")], dtype=torch.float64)
result = (torch.argmax(x), torch.argmin(x), torch.max(x))
print(result)
