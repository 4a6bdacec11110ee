import torch

torch.manual_seed(0)
as_float64 = torch.rand(4, dtype=torch.float64)
torch.manual_seed(0)
as_float32 = torch.rand(8)
torch.manual_seed(0)
as_int = torch.randint(0, 2**31, (4,))
result = {"rand float64": as_float64, "rand float32": as_float32, "randint 2**31": as_int}
print(result)
