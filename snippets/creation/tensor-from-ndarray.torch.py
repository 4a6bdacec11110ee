import numpy as np
import torch

a = np.array([0.1, 0.2, 0.3])
result = torch.tensor(a)
print(result.dtype)
print(torch.tensor([0.1, 0.2, 0.3]).dtype, "from a list of Python floats")
print(torch.tensor(list(a)).dtype, "from a list of np.float64 scalars")
