import random

import torch

random.seed(0)
t = torch.arange(8)
random.shuffle(t)
result = t
print(result)
