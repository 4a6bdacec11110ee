import torch

x = torch.arange(7)
result = torch.tensor_split(x, [2, 5])
assert all(torch.equal(p, q) for p, q in zip(result, torch.split(x, [2, 3, 2])))
print(result)
