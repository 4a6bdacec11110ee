import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
c = torch.tensor(a)
a[0] = 100.0
result = c
print(a)
print(result)
