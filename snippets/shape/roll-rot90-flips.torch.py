import torch

x = torch.arange(6).reshape(2, 3)
result = {
    "roll": torch.roll(x, 1),
    "roll_axis1": torch.roll(x, -1, dims=1),
    "rot90": torch.rot90(x),
    "rot90_k3": torch.rot90(x, 3),
    "fliplr": torch.fliplr(x),
    "flipud": torch.flipud(x),
}
print(result)
