import torch

a = torch.tensor([-2, -1, 1, 2, 3])
result = torch.div(1, a, rounding_mode="trunc")
print(result, result.dtype)
