import torch

t = torch.arange(3)
result = t[None, :, None]
assert torch.equal(result, t.unsqueeze(0).unsqueeze(2))
print(result.shape)
