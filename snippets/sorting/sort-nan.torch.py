import torch

x = torch.tensor([3.0, float("nan"), 1.0, -float("inf"), float("nan"), 2.0], dtype=torch.float64)
values, order = torch.sort(x)
print(values)
print(order)
result = (values, order)
