import torch


def real_if_close(z, tol=100):
    eps = torch.finfo(z.real.dtype).eps
    return z.real if bool((z.imag.abs() < tol * eps).all()) else z


almost = torch.tensor([1 + 1e-15j, 2 - 1e-16j], dtype=torch.complex128)
really = torch.tensor([1 + 1e-3j, 2 + 0j], dtype=torch.complex128)
result = {"almost": real_if_close(almost), "really": real_if_close(really)}
print(result)
