import numpy as np
import torch

a = np.array([0.5, 1.25, 2.0])
total = a.sum()
print(type(total))
result = torch.from_numpy(total)
