import torch

x = torch.tensor([-4.0, 0.0, 4.0], dtype=torch.float64)
real = torch.sqrt(x)
complex_root = torch.sqrt(x.to(torch.complex128))
print(real, complex_root)
result = (real, complex_root)
