import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0], dtype=torch.float64)
half = torch.fft.rfft(x)
print(half.shape)
result = {"rfft": half, "irfft_no_n": torch.fft.irfft(half), "irfft_n": torch.fft.irfft(half, n=len(x))}
print(result["irfft_no_n"], result["irfft_n"])
