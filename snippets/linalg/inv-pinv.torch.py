import torch

A = torch.tensor([[4.0, 7.0], [2.0, 6.0]], dtype=torch.float64)
S = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]], dtype=torch.float64)
result = {"inv": torch.linalg.inv(A), "pinv_singular": torch.linalg.pinv(S)}
print(result)
