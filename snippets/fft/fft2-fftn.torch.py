import torch

x = torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)
result = {
    "fft2": torch.fft.fft2(x),
    "fftn": torch.fft.fftn(x),
    "fftn_axes": torch.fft.fftn(x, dim=(0, 2)),
    "fft2_padded": torch.fft.fft2(x[0], s=(4, 4)),
}
print({name: value.shape for name, value in result.items()})
