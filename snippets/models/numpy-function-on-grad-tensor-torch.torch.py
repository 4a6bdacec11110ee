import torch

x = torch.tensor([[1.0, 2.0], [0.5, -1.0]], dtype=torch.float64)
w = torch.tensor([0.3, -0.2], dtype=torch.float64, requires_grad=True)
out = torch.tanh(x @ w)
out.sum().backward()
print(w.grad)
result = out.detach()
print(result)
