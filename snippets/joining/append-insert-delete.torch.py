import torch

a = torch.tensor([[1, 2], [3, 4]])
v = torch.tensor([1, 2, 3, 4, 5])
keep = torch.ones(len(v), dtype=torch.bool)
keep[[0, 3]] = False
result = {
    "append_flat": torch.cat([a.flatten(), torch.tensor([5, 6])]),
    "append_axis0": torch.cat([a, torch.tensor([[5, 6]])], dim=0),
    "insert": torch.cat([v[:1], torch.tensor([9, 8]), v[1:]]),
    "delete": v[keep],
}
print(result)
