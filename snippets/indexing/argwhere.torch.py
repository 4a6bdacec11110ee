import torch

t = torch.tensor([[0, 3, 0], [5, 0, 6]])
result = torch.nonzero(t)
assert torch.equal(result, torch.argwhere(t))
print(result)
