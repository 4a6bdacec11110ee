import torch

z = torch.tensor([-1.0, 0.5, 2.0, -0.2], dtype=torch.float64, requires_grad=True)
h = torch.sigmoid(z)
h[h < 0.5] = 0
h.sum().backward()
result = z.grad
print(result)
