import torch

text = "1.5, 2, -3.25, 4e2"
result = torch.tensor([float(v) for v in text.split(",")], dtype=torch.float64)
print(result, result.dtype)
