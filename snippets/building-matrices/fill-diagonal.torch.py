import torch

M = torch.zeros(5, 3, dtype=torch.float64)
M.fill_diagonal_(7, wrap=True)
print(M)
result = M
