import torch

x = torch.arange(16).reshape(2, 2, 4)
result = {
    "hsplit": torch.hsplit(x, 2),
    "vsplit": torch.vsplit(x, 2),
    "dsplit": torch.dsplit(x, [1, 3]),
    "hsplit_1d": torch.hsplit(torch.arange(6), 3),
}
print(result)
