import torch

x = torch.tensor([1.0, 2.0, -1.0, 0.5, 3.0], dtype=torch.float64)
half = torch.fft.ihfft(x)
result = {"ihfft": half, "hfft": torch.fft.hfft(half, n=len(x))}
print(result)
