import numpy as np
import torch

a = np.array([1.5, 2.0])
b = np.array([3.0, 4.5])
result = torch.tensor([a, b])
print(result)
