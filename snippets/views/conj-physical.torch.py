import torch

z = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128)
c = torch.conj_physical(z)
print(c.is_conj())
z[0] = 5 + 5j
result = c
print(result.numpy())
