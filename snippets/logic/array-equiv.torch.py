import torch


def array_equiv(a, b):
    try:
        a, b = torch.broadcast_tensors(a, b)
    except RuntimeError:
        return False
    return torch.equal(a, b)


row = torch.tensor([1, 2])
grid = torch.tensor([[1, 2], [1, 2]])
result = {
    "broadcast_equal": array_equiv(row, grid),
    "different": array_equiv(row, grid + 1),
    "incompatible": array_equiv(row, torch.tensor([1, 2, 3])),
}
print(result)
