import torch

x = torch.arange(6)
result = torch.tensor_split(x, 3)
assert all(torch.equal(p, q) for p, q in zip(result, torch.chunk(x, 3)))
print(result)
