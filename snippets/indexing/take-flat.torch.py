import torch

t = torch.arange(10, 22).reshape(3, 4)
idx = torch.tensor([[0, 5], [11, 6]])
result = torch.take(t, idx)
print(result)
