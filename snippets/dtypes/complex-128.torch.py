import torch

result = torch.tensor([1 + 2j, 0.1 - 3j], dtype=torch.complex128)
print(result.dtype, result.real.dtype)
