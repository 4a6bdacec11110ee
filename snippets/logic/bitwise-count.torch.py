import torch

x = torch.tensor([0, 1, 7, 128, 255], dtype=torch.uint8)
shifts = torch.arange(8, dtype=torch.uint8)
result = ((x[:, None] >> shifts) & 1).sum(dim=1, dtype=torch.uint8)
print(result)
