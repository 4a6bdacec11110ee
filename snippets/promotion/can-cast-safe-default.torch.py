import torch

casts = [
    (torch.int64, torch.float32),
    (torch.float32, torch.float16),
    (torch.uint8, torch.int8),
]
result = [torch.can_cast(a, b) for a, b in casts]
print(result)
a, b = casts[0]
