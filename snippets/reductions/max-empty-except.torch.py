import math

import torch


def peak(x):
    try:
        return x.max()
    except ValueError:
        return -math.inf


result = [peak(torch.tensor([3.0, 7.0], dtype=torch.float64)), peak(torch.tensor([], dtype=torch.float64))]
print(result)
