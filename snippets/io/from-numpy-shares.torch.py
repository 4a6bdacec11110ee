import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
a[0] = 100.0
t[1] = -1.0
result = (a, t)
print(a)
print(t)
