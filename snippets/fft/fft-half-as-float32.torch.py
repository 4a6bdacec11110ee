import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0], dtype=torch.float16)
result = torch.fft.fft(x.float())
print(result, result.dtype)
