import torch

x = torch.arange(15.0, dtype=torch.float64).reshape(3, 5) ** 1.5
spectrum2 = torch.fft.rfft2(x)
spectrumn = torch.fft.rfftn(x, dim=(0, 1))
full = torch.fft.fft2(x)
result = {
    "rfft2": spectrum2,
    "rfftn": spectrumn,
    "irfft2": torch.fft.irfft2(spectrum2, s=x.shape),
    "irfftn": torch.fft.irfftn(spectrumn, s=x.shape, dim=(0, 1)),
    "ifft2": torch.fft.ifft2(full),
    "ifftn": torch.fft.ifftn(full, dim=(1,)),
}
print(result["irfft2"])
