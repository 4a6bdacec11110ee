import numpy as np
import torch

weights = np.array([0.5, 1.5, 2.5])
x = torch.tensor([1.0, 2.0, 3.0])
result = torch.from_numpy(weights) * x
print(result, result.dtype)
