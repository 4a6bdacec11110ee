import torch

t = torch.tensor([[0, 1, 2], [3, 4, 5]])
flat = torch.repeat_interleave(t, 2)
along_cols = t.repeat_interleave(2, dim=1)
print(flat)
print(along_cols)
result = (flat, along_cols)
