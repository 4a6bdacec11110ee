import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
a.flags.writeable = False
t = torch.from_numpy(a)
t[0] = 9.0
result = a
print(result)
