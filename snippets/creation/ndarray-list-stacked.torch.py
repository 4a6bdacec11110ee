import numpy as np
import torch

a = np.array([1.5, 2.0])
b = np.array([3.0, 4.5])
result = torch.from_numpy(np.stack([a, b]))
print(result)
