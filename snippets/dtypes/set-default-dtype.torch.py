import torch

torch.set_default_dtype(torch.float64)
result = [
    torch.zeros(3).dtype,
    torch.tensor([1.5, 2.5]).dtype,
    torch.tensor([1 + 2j]).dtype,
    torch.arange(0.0, 1.0, 0.5).dtype,
]
print(result)
print(torch.get_default_dtype())
