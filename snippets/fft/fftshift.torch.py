import torch

k = torch.arange(5)
grid = torch.arange(12).reshape(3, 4)
result = {
    "fftshift": torch.fft.fftshift(k),
    "ifftshift": torch.fft.ifftshift(k),
    "all_axes": torch.fft.fftshift(grid),
    "axis_1": torch.fft.fftshift(grid, dim=1),
}
print(result["fftshift"], result["ifftshift"])
