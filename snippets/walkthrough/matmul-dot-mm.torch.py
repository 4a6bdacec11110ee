import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
w = torch.tensor([[-0.16595599], [0.44064899], [-0.99977125]], dtype=torch.float64)
result = torch.mm(X, w)
print(result)
