import torch

a = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128)
b = torch.tensor([2 - 1j, 1j], dtype=torch.complex128)
result = (torch.vdot(a, b), torch.dot(a, b))
print(result)
