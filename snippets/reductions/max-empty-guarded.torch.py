import math

import torch


result = []
for x in (torch.tensor([3.0, 7.0], dtype=torch.float64), torch.tensor([], dtype=torch.float64)):
    result.append(x.max() if x.numel() else -math.inf)
print(result)
for name, reduce in [("amax", torch.amax), ("argmax", torch.argmax)]:
    try:
        reduce(torch.tensor([]))
    except Exception as error:
        print(name, type(error).__name__)
