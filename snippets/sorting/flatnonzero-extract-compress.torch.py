import torch

x = torch.tensor([[0, 3, 0], [5, 0, 7]])
keep = torch.tensor([True, False, True])
result = {
    "flatnonzero": torch.flatten(x).nonzero().flatten(),
    "extract": torch.masked_select(x, x > 2),
    "compress": x[:, keep],
    "compress_method": x[torch.tensor([False, True])],
}
print(result)
