import torch

result = [
    torch.bool, torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8,
    torch.float16, torch.float32, torch.float64, torch.complex64, torch.complex128,
]
for kind in result:
    print(kind, kind.itemsize, "bytes")
