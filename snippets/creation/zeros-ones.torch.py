import torch

zeros = torch.zeros(2, 3, dtype=torch.float64)
ones = torch.ones((2, 3), dtype=torch.int64)
print(zeros)
print(ones)
result = (zeros, ones)
