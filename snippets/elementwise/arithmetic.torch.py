import torch

a = torch.tensor([7, -3, 2])
b = torch.tensor([2, 5, -4])
x = torch.tensor([0.5, 1.5, -2.0], dtype=torch.float64)
result = {"a + b": a + b, "a - b": a - b, "a * b": a * b, "a * x": a * x}
print(result)
