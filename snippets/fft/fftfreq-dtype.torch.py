import torch

result = torch.fft.fftfreq(6, d=0.1)
print(result, result.dtype)
