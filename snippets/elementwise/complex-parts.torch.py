import torch

z = torch.tensor([1 + 2j, -3 + 0j, -1j], dtype=torch.complex128)
result = {
    "real": torch.real(z),
    "imag": torch.imag(z),
    "imag_attribute": z.imag,
    "conj": torch.conj(z).resolve_conj(),
    "conjugate": torch.conj_physical(z),
    "conj_method": z.conj().resolve_conj(),
    "conjugate_method": z.conj().resolve_conj(),
    "angle": torch.angle(z),
}
print(result)
