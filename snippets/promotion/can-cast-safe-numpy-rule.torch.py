import numpy as np
import torch


def numpy_dtype(dtype):
    return torch.empty(0, dtype=dtype).numpy().dtype


casts = [
    (torch.int64, torch.float32),
    (torch.float32, torch.float16),
    (torch.uint8, torch.int8),
    (torch.int32, torch.float64),
    (torch.uint8, torch.int16),
    (torch.bool, torch.float16),
]
result = [bool(np.can_cast(numpy_dtype(a), numpy_dtype(b))) for a, b in casts]
print(result)
a, b = casts[0]
