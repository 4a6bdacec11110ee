import math

import torch


def peak(x):
    return x.max() if x.numel() else -math.inf


result = [peak(torch.tensor([3.0, 7.0], dtype=torch.float64)), peak(torch.tensor([], dtype=torch.float64))]
print(result)
try:
    torch.argmax(torch.tensor([]))
except Exception as error:
    print("argmax:", type(error).__name__)
