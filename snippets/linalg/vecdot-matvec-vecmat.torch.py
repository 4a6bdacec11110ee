import torch

A = torch.arange(12.0, dtype=torch.float64).reshape(2, 2, 3)
v = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]], dtype=torch.float64)
z = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128)
result = {
    "vecdot": torch.linalg.vecdot(v, v),
    "vecdot_complex": torch.linalg.vecdot(z, z),
    "matvec": (A @ v.unsqueeze(-1)).squeeze(-1),
    "vecmat": (v[:, :2].conj().unsqueeze(-2) @ A).squeeze(-2),
}
print(result)
