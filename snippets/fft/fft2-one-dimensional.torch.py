import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0], dtype=torch.float64)
result = torch.fft.fft2(x)
