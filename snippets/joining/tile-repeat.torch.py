import torch

t = torch.tensor([[1, 2], [3, 4]])
result = t.repeat(2, 3)
assert torch.equal(result, torch.tile(t, (2, 3)))
print(result)
