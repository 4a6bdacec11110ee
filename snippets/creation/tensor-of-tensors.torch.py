import torch

rows = [torch.tensor([1, 2]), torch.tensor([3, 4])]
result = torch.tensor(rows)
print(result)
