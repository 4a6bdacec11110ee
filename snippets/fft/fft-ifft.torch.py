import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0], dtype=torch.float64)
spectrum = torch.fft.fft(x)
back = torch.fft.ifft(spectrum)
print(spectrum)
print(back.dtype)
result = (spectrum, back)
