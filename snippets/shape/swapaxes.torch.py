import torch

t = torch.arange(24).reshape(2, 3, 4)
result = torch.transpose(t, 0, 2)
assert torch.equal(result, torch.swapaxes(t, 0, 2))
assert torch.equal(result, t.swapdims(0, 2))
print(result.shape)
