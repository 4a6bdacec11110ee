import torch

X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype=torch.float64)
y = torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64)
w = torch.tensor([0.5, -0.25], dtype=torch.float64, requires_grad=True)
lr = 0.01
loss = ((X @ w - y) ** 2).sum()
loss.backward()
w -= lr * w.grad
result = w
print(result)
