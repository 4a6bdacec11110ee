import torch

z = torch.tensor([1 + 0j, 2 - 1j, 0 + 3j])
result = {
    "isreal": torch.isreal(z),
    "iscomplex": ~torch.isreal(z),
    "isrealobj": not z.is_complex(),
    "isrealobj_zero_imag": not (z.real + 0j).is_complex(),
}
print(result)
