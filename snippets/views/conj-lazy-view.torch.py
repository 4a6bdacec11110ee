import torch

z = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128)
c = z.conj()
print(c.is_conj())
z[0] = 5 + 5j
result = c
print(result)
try:
    c.numpy()
except RuntimeError as error:
    print(error)
