import torch

M = torch.tensor([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0], [2.0, 0.0, 5.0]], dtype=torch.float64)
U, S, Vh = torch.svd(M)
result = U * S @ Vh
print(result)
