import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
w = torch.tensor([[-0.16595599], [0.44064899], [-0.99977125]], dtype=torch.float64)
z = X @ w
result = torch.reciprocal(torch.add(torch.exp(torch.neg(z)), 1))
assert torch.equal(result, torch.div(1, 1 + torch.exp(-z)))
print(result)
