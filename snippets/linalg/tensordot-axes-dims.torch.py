import torch

a = torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)
b = torch.arange(12.0, dtype=torch.float64).reshape(3, 4)
pairs = torch.tensordot(a, b, dims=([1], [0]))
last_two = torch.tensordot(a, b)
print(pairs.shape, last_two)
result = (pairs, last_two)
