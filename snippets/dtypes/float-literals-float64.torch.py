import numpy as np
import torch

result = torch.tensor([1e40, 1e-46, 0.1], dtype=torch.float64)
print(result, result.dtype)
print(torch.tensor(np.array([1e40, 1e-46, 0.1])).dtype)
