import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
w = torch.tensor([[-0.16595599], [0.44064899], [-0.99977125]], dtype=torch.float64)
result = X.to(w.dtype) @ w
print(result.dtype)
