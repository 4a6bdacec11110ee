import torch

a = torch.tensor([[1, 2], [3, 4]])
result = {
    "flat": a.repeat_interleave(2),
    "rows": a.repeat_interleave(torch.tensor([1, 2]), dim=0),
}
print(result)
