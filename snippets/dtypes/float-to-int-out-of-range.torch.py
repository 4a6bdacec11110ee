import torch

t = torch.tensor([float("nan"), float("inf"), 1e20, -1.0, 300.0], dtype=torch.float64)
as_int32 = t.to(torch.int32)
as_uint8 = t[3:].to(torch.uint8)
print(as_int32)
print(as_uint8)
result = (as_int32, as_uint8)
