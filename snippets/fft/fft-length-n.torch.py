import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0], dtype=torch.float64)
padded = torch.fft.fft(x, n=8)
truncated = torch.fft.fft(x, n=3)
print(padded.shape, truncated.shape)
result = (padded, truncated)
