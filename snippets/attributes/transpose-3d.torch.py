import torch

t = torch.arange(24).reshape(2, 3, 4)
print(t.T.shape)
reversed_dims = t.permute(*reversed(range(t.ndim)))
assert torch.equal(reversed_dims, t.T)
result = t.T
