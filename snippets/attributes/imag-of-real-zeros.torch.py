import torch


def imag(t):
    return t.imag if t.is_complex() else torch.zeros_like(t)


real = torch.tensor([1.5, -2.0, 3.0], dtype=torch.float64)
complex_ = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128)
result = (imag(real), imag(complex_))
print(result)
