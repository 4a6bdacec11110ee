import torch

result = torch.tensor([0.1, 16777217.0], dtype=torch.double)
assert torch.equal(result, torch.tensor([0.1, 16777217.0], dtype=float))
print(result.dtype)
print(result[1] - 16777216.0)
