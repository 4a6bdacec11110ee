import torch

t = torch.tensor([[0, 3, 0], [5, 0, 6]])
result = torch.nonzero(t, as_tuple=True)
assert all(torch.equal(x, y) for x, y in zip(result, t.nonzero(as_tuple=True)))
print(result)
print(t[result])
