import torch

n = torch.tensor([1, 2, 0, -1, 3])
result = torch.fft.fft(n)
print(n.dtype, result.dtype)
