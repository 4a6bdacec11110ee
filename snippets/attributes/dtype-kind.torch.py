import torch

tensors = [torch.zeros(2, dtype=dt) for dt in (torch.float16, torch.int64, torch.complex64)]
result = [(t.is_floating_point(), t.is_complex()) for t in tensors]
assert result == [(t.dtype.is_floating_point, t.dtype.is_complex) for t in tensors]
print(result)
