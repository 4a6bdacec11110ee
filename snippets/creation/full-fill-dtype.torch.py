import torch

result = [
    torch.full((2, 3), 7),
    torch.full((2,), True),
    torch.full((2,), 0.5, dtype=torch.float64),
]
for tensor in result:
    print(tensor.dtype, tensor.tolist())
print(torch.full((2,), 0.5).dtype, "without dtype=")
