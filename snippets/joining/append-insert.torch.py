import torch

a = torch.tensor([[1, 2], [3, 4]])
v = torch.tensor([1, 2, 3, 4, 5])
result = {
    "append_flat": torch.cat([a.flatten(), torch.tensor([5, 6])]),
    "append_axis0": torch.cat([a, torch.tensor([[5, 6]])], dim=0),
    "append_vector": torch.cat([v, torch.tensor([6, 7])]),
    "insert": torch.cat([v[:1], torch.tensor([9, 8]), v[1:]]),
}
print(result)
