import torch

t = torch.arange(12).reshape(3, 4)
idx = torch.tensor([3, 0])
result = torch.index_select(t, 1, idx)
assert torch.equal(result, t[:, idx])
print(result)
