import torch

times = torch.arange(1_000_000, 1_000_001, 0.1, dtype=torch.float64)
print(len(times), times.dtype)
result = times - 1_000_000
print(result)
