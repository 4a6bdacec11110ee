import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
a.flags.writeable = False
c = torch.tensor(a)
c[0] = 9.0
result = (a, c)
print(a)
print(c)
