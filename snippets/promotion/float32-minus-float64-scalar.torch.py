import torch

x = torch.tensor([1.0, 2.0, 3.0])
ref = torch.tensor([0.5, 1.5], dtype=torch.float64)
offset = ref.mean()
print(type(offset).__name__, offset.dtype, offset.ndim)
result = x - offset
print(result, result.dtype)
