import torch

result = {
    "fftfreq": torch.fft.fftfreq(6, d=0.1, dtype=torch.float64),
    "rfftfreq": torch.fft.rfftfreq(6, d=0.1, dtype=torch.float64),
}
print(result)
