import torch

result = torch.arange(1, 1.3, 0.1, dtype=torch.float64)
print(len(result), result)
print(len(torch.arange(1, 1.3, 0.1)), "elements in float32 too")
