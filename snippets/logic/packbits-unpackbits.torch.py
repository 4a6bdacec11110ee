import torch
import torch.nn.functional as F

x = torch.tensor([5, 255, 128], dtype=torch.uint8)
shifts = torch.arange(7, -1, -1, dtype=torch.uint8)
weights = torch.tensor([128, 64, 32, 16, 8, 4, 2, 1], dtype=torch.uint8)


def unpackbits(x):
    return ((x.unsqueeze(-1) >> shifts) & 1).flatten()


def packbits(bits):
    bits = F.pad(bits, (0, -len(bits) % 8))
    return (bits.reshape(-1, 8) * weights).sum(dim=1, dtype=torch.uint8)


bits = unpackbits(x)
result = {
    "unpackbits": bits,
    "packbits": packbits(bits),
    "packbits_padded": packbits(torch.tensor([1, 0, 1, 1, 1], dtype=torch.uint8)),
}
print(result)
