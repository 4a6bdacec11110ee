import torch

M = torch.arange(12).reshape(3, 4)
by_diag = torch.diag(M)
by_diagonal = M.diagonal()
print(by_diag, by_diagonal)
result = (by_diag, by_diagonal)
