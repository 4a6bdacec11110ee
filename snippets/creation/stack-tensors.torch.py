import torch

rows = [torch.tensor([1, 2]), torch.tensor([3, 4])]
result = torch.stack(rows)
print(result)
