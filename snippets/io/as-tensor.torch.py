import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
same = torch.as_tensor(a)
converted = torch.as_tensor(a, dtype=torch.float32)
a[0] = 100.0
result = (same, converted)
print(same)
print(converted)
