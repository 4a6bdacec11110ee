import torch

result = torch.tensor([1e40, 1e-46, 0.1])
print(result, result.dtype)
print(torch.nextafter(torch.tensor(0.0), torch.tensor(1.0)))
