import math

import torch


def peak(x):
    return x.max() if x.numel() else -math.inf


result = [peak(torch.tensor([3.0, 7.0], dtype=torch.float64)), peak(torch.tensor([], dtype=torch.float64))]
print(result)
for name, reduce in [("amax", torch.amax), ("argmax", torch.argmax)]:
    try:
        reduce(torch.tensor([]))
    except Exception as error:
        print(name, type(error).__name__)
