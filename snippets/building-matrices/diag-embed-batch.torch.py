import torch

rows = torch.tensor([[1, 2, 3], [4, 5, 6]])
result = torch.diag_embed(rows)
print(result)
