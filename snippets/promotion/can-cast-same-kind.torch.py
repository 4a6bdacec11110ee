import torch

casts = [
    (torch.int64, torch.float32),
    (torch.float32, torch.float16),
    (torch.uint8, torch.int8),
    (torch.bool, torch.int8),
    (torch.float64, torch.int32),
    (torch.complex64, torch.float64),
]
result = [torch.can_cast(a, b) for a, b in casts]
print(result)
a, b = casts[0]
