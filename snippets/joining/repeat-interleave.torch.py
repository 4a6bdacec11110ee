import torch

t = torch.tensor([[0, 1, 2], [3, 4, 5]])
result = {
    "flat": torch.repeat_interleave(t, 2),
    "method": t.repeat_interleave(2),
    "along_cols": t.repeat_interleave(2, dim=1),
    "per_row": t.repeat_interleave(torch.tensor([1, 2]), dim=0),
}
print(result)
