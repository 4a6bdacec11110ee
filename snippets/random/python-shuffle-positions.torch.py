import random

import torch

random.seed(0)
t = torch.arange(8)
order = list(range(len(t)))
random.shuffle(order)
t = t[order]
result = t
print(result)
