import torch

z = torch.tensor([1 + 2j, 0 + 5j, 1 - 1j, -2 + 0j, 0 + 1j], dtype=torch.complex128)
order = torch.argsort(z.imag, stable=True)
order = order[torch.argsort(z.real[order], stable=True)]
result = z[order]
print(result)
