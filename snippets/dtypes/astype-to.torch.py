import torch

t = torch.tensor([1, 2, 3])
as_float = t.to(torch.float32)
as_int8 = t.type(torch.int8)
print(as_float.dtype, as_int8.dtype)
print(t.type())
result = (as_float, as_int8)
