import torch

result = [
    torch.zeros(2, dtype=float),
    torch.zeros(2, dtype=int),
    torch.zeros(2, dtype=complex),
    torch.zeros(2, dtype=bool),
]
for tensor in result:
    print(tensor.dtype)
